// balldontlie's query parameters, validated. Its clients send arrays three ways: `seasons[]=2024`
// (its docs and current SDK), `seasons[0]=2024` (older SDK helpers) and `seasons=2024&seasons=2023`
// (hand-written scripts); all three are folded into the `[]` form the route wrapper reads.
import { z } from 'zod';
import { dateList, idList, seasonList } from '@/lib/api/pagination';
import { bdlStatTypes } from './shapes';

const listNames = new Set(['seasons', 'team_ids', 'player_ids', 'game_ids', 'dates']);

/** The same URL with every array parameter spelled `name[]`. */
export function normalizeArrayParams(url: URL): URL {
  const out = new URL(url);
  out.search = '';
  for (const [key, value] of url.searchParams) {
    const base = key.replace(/\[\d*\]$/, '');
    out.searchParams.append(listNames.has(base) ? `${base}[]` : key, value);
  }
  return out;
}

const list = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? [v] : v), schema).optional();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const season = z.coerce.number().int().min(1900).max(2200);

/** balldontlie's cursor is the last id of the page before. */
export const page = {
  cursor: z.coerce.number().int().nonnegative().optional(),
  per_page: z.coerce.number().int().min(1).max(100).default(25),
};

export const idParams = z.object({ id: z.coerce.number().int().positive('must be a positive id') });

export const teamsQuery = z.strictObject({
  ...page,
  // balldontlie answers every team at once; a hundred a page keeps that true for a league.
  per_page: z.coerce.number().int().min(1).max(100).default(100),
  conference: z.string().trim().min(1).max(40).optional(),
  division: z.string().trim().min(1).max(40).optional(),
});

const name = z.string().trim().min(1).max(100).optional();
export const playersQuery = z.strictObject({
  ...page,
  search: name,
  first_name: name,
  last_name: name,
  team_ids: list(idList),
  player_ids: list(idList),
});

const gameFilters = {
  dates: list(dateList),
  seasons: list(seasonList),
  postseason: bool.optional(),
  start_date: z.iso.date().optional(),
  end_date: z.iso.date().optional(),
};

export const gamesQuery = z.strictObject({ ...page, ...gameFilters, team_ids: list(idList) });

export const statsQuery = z.strictObject({ ...page, ...gameFilters, player_ids: list(idList), game_ids: list(idList) });

export const seasonAveragesQuery = z
  .strictObject({
    season: season.optional(),
    player_id: z.coerce.number().int().positive().optional(),
    player_ids: list(idList),
    postseason: bool.optional(),
  })
  .refine((q) => q.player_id !== undefined || (q.player_ids?.length ?? 0) > 0, {
    message: 'give player_id (or player_ids[])',
    path: ['player_id'],
  });

export const standingsQuery = z.strictObject({ season: season.optional() });

export const boxScoresQuery = z.strictObject({ date: z.iso.date() });

export const liveBoxScoresQuery = z.strictObject({});

export const leadersQuery = z.strictObject({ stat_type: z.enum(bdlStatTypes), season: season.optional() });
