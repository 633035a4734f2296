// Statline's own basketball export format (JSON): everything keyed by natural ids, so
// export → import → export gives the same document.
import { z } from 'zod';
import type { UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { Rejection } from '@/lib/imports/job';
import { describeIssue } from '@/lib/imports/row-issue';
import { count, inconsistency, minutes, signedInt } from '../stat-fields';
import { pickCounting } from '../stats';
import { ensurePlayers, ensureTeams, upsertGames, upsertPlayerLines, upsertTeamLines } from './write';

const statShape = {
  fgm: count(),
  fga: count(),
  fg3m: count(),
  fg3a: count(),
  ftm: count(),
  fta: count(),
  oreb: count(),
  dreb: count(),
  reb: count(),
  ast: count(),
  stl: count(),
  blk: count(),
  turnover: count(),
  pf: count(),
  pts: count(),
  plus_minus: signedInt.nullable(),
};
const key = z.string().min(1).max(100);

export const exportTeam = z.object({
  source_id: key,
  abbreviation: z.string().min(1).max(5),
  name: z.string().min(1).max(100),
  name_season: z.number().int().nullable(),
});
export const exportPlayer = z.object({ source_id: key, name: z.string().min(1).max(100) });
export const exportGame = z.object({
  source_id: key,
  season: z.number().int().min(1900).max(2200),
  date: z.iso.date(),
  postseason: z.boolean(),
  venue_known: z.boolean(),
  home_team: key,
  away_team: key,
  home_score: z.number().int().min(0).nullable(),
  away_score: z.number().int().min(0).nullable(),
  winner_team: key.nullable(),
});
export const exportTeamLine = z.object({
  game: key,
  team: key,
  min: count(400),
  ...statShape,
  // Absent in files written before they were kept apart: null, the source did not say.
  team_reb: count(200).nullable().optional(),
  team_tov: count(200).nullable().optional(),
});
export const exportPlayerLine = z.object({ game: key, player: key, team: key, min: minutes.nullable(), ...statShape });

export const basketballExport = z.object({
  format: z.literal('statline-basketball'),
  version: z.literal(1),
  teams: z.array(z.unknown()),
  players: z.array(z.unknown()),
  games: z.array(z.unknown()),
  team_lines: z.array(z.unknown()),
  player_lines: z.array(z.unknown()),
});
export type BasketballExport = {
  format: 'statline-basketball';
  version: 1;
  teams: z.infer<typeof exportTeam>[];
  players: z.infer<typeof exportPlayer>[];
  games: z.infer<typeof exportGame>[];
  team_lines: z.infer<typeof exportTeamLine>[];
  player_lines: z.infer<typeof exportPlayerLine>[];
};

/** Validates each entry on its own: a bad one is rejected (numbered across the whole document), the rest import. */
export async function importStatlineJson(
  database: Database,
  text: string,
): Promise<{ rows: number; counts: UpsertCounts; rejections: Rejection[] }> {
  let doc: z.infer<typeof basketballExport>;
  try {
    doc = basketballExport.parse(JSON.parse(text));
  } catch {
    throw new DomainError('bad_request', 'Not a Statline basketball export (format "statline-basketball", version 1).');
  }
  const rejections: Rejection[] = [];
  let n = 0;
  const take = <S extends z.ZodType>(schema: S, items: unknown[], section: string, extra?: (v: z.infer<S>) => string | null) =>
    items.flatMap((item) => {
      n++;
      const r = schema.safeParse(item);
      const problem = r.success
        ? (extra?.(r.data) ?? null)
        : describeIssue((item ?? {}) as Record<string, unknown>, r.error.issues[0]);
      if (problem) {
        rejections.push({ rowNumber: n, reason: `item ${n} (${section}), ${problem}`, raw: JSON.stringify(item).slice(0, 2000) });
        return [];
      }
      return [r.data as z.infer<S>];
    });
  const teams = take(exportTeam, doc.teams, 'teams');
  const players = take(exportPlayer, doc.players, 'players');
  const games = take(exportGame, doc.games, 'games', (g) => (g.home_team === g.away_team ? 'a team cannot play itself' : null));
  const teamLines = take(exportTeamLine, doc.team_lines, 'team_lines', inconsistency);
  const playerLines = take(exportPlayerLine, doc.player_lines, 'player_lines', inconsistency);

  const teamIds = await ensureTeams(
    database,
    teams.map((t) => ({ sourceId: t.source_id, abbreviation: t.abbreviation, name: t.name, season: t.name_season ?? 0 })),
  );
  const team = (k: string | null) => (k === null ? null : (teamIds.get(k) ?? Number.NaN));
  const knownGames = games.filter((g) => teamIds.has(g.home_team) && teamIds.has(g.away_team));
  const gameIds = await upsertGames(
    database,
    knownGames.map((g) => ({
      sourceId: g.source_id,
      season: g.season,
      date: g.date,
      postseason: g.postseason,
      homeTeamId: team(g.home_team) ?? Number.NaN,
      awayTeamId: team(g.away_team) ?? Number.NaN,
      homeScore: g.home_score,
      awayScore: g.away_score,
      venueKnown: g.venue_known,
      winnerTeamId: team(g.winner_team),
    })),
  );
  const seasonOf = new Map(knownGames.map((g) => [g.source_id, g.season]));
  const playerIds = await ensurePlayers(
    database,
    players.map((p) => ({ sourceId: p.source_id, name: p.name })),
  );
  const stats = pickCounting;
  const teamCounts = await upsertTeamLines(
    database,
    teamLines
      .filter((l) => gameIds.has(l.game) && teamIds.has(l.team))
      .map((l) => ({
        gameId: gameIds.get(l.game) ?? 0,
        teamId: teamIds.get(l.team) ?? 0,
        min: l.min,
        stats: stats(l),
        plusMinus: l.plus_minus,
        teamReb: l.team_reb,
        teamTov: l.team_tov,
      })),
  );
  const playerCounts = await upsertPlayerLines(
    database,
    playerLines
      .filter((l) => gameIds.has(l.game) && teamIds.has(l.team) && playerIds.has(l.player))
      .map((l) => ({
        gameId: gameIds.get(l.game) ?? 0,
        playerId: playerIds.get(l.player) ?? 0,
        teamId: teamIds.get(l.team) ?? 0,
        season: seasonOf.get(l.game) ?? 0,
        min: l.min,
        stats: stats(l),
        plusMinus: l.plus_minus,
      })),
  );
  // Counted on the box-score lines, what a re-import must leave alone.
  const counts = {
    inserted: teamCounts.inserted + playerCounts.inserted,
    updated: teamCounts.updated + playerCounts.updated,
    unchanged: teamCounts.unchanged + playerCounts.unchanged,
  };
  return { rows: n, counts, rejections };
}
