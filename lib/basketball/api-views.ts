// JSON shapes of the public basketball API (snake_case; names shared with balldontlie where they
// overlap) and the mappers from query rows to them.
import { z } from 'zod';
import { type Averages, type CountingKey, pickCounting, ratio } from './stats';

export const teamView = z.object({
  id: z.number().int(),
  abbreviation: z.string(),
  full_name: z.string(),
  conference: z.string().nullable(),
  division: z.string().nullable(),
});
export type TeamView = z.infer<typeof teamView>;
export const toTeam = (t: {
  id: number;
  abbreviation: string;
  name: string;
  conference: string | null;
  division: string | null;
}): TeamView => ({
  id: t.id,
  abbreviation: t.abbreviation,
  full_name: t.name,
  conference: t.conference,
  division: t.division,
});

export const gameView = z.object({
  id: z.number().int(),
  date: z.iso.date(),
  season: z.number().int(),
  status: z.enum(['scheduled', 'live', 'final']),
  postseason: z.boolean(),
  venue_known: z.boolean().describe('False when the source does not say who was at home: then home/visitor are in name order'),
  home_team: teamView,
  visitor_team: teamView,
  home_team_score: z.number().int().nullable(),
  visitor_team_score: z.number().int().nullable(),
  winner_team_id: z.number().int().nullable(),
  confirmation: z
    .object({ team_id: z.number().int(), status: z.enum(['pending', 'accepted', 'declined']) })
    .nullable()
    .describe(
      "A coach's game against a team they do not manage: it counts for `team_id` (standings, averages) only once accepted. Null when it counts for both.",
    ),
});
type GameRowLike = {
  id: number;
  date: string;
  season: number;
  status: 'scheduled' | 'live' | 'final';
  postseason: boolean;
  venueKnown: boolean;
  winnerTeamId: number | null;
  homeScore: number | null;
  awayScore: number | null;
  home: Parameters<typeof toTeam>[0];
  away: Parameters<typeof toTeam>[0];
  confirmTeamId?: number | null;
  confirmation?: 'pending' | 'accepted' | 'declined' | null;
};
export const toGame = (g: GameRowLike): z.infer<typeof gameView> => ({
  id: g.id,
  date: g.date,
  season: g.season,
  status: g.status,
  postseason: g.postseason,
  venue_known: g.venueKnown,
  home_team: toTeam(g.home),
  visitor_team: toTeam(g.away),
  home_team_score: g.homeScore,
  visitor_team_score: g.awayScore,
  winner_team_id: g.winnerTeamId,
  confirmation: g.confirmTeamId && g.confirmation ? { team_id: g.confirmTeamId, status: g.confirmation } : null,
});

const n = z.number();
const perStat = z.object({
  fgm: n,
  fga: n,
  fg3m: n,
  fg3a: n,
  ftm: n,
  fta: n,
  oreb: n,
  dreb: n,
  reb: n,
  ast: n,
  stl: n,
  blk: n,
  turnover: n,
  pf: n,
  pts: n,
});

export const boxLine = perStat.extend({
  min: n.nullable().describe('Minutes played; null when the game was scored live without the game clock'),
  plus_minus: n.nullable(),
  fg_pct: n.nullable(),
  fg3_pct: n.nullable(),
  ft_pct: n.nullable(),
});
type LineLike = Record<CountingKey, number> & { min: number | null; plusMinus: number | null };
export const toBoxLine = (l: LineLike): z.infer<typeof boxLine> => ({
  min: l.min === null ? null : Number(l.min),
  ...pickCounting(l),
  plus_minus: l.plusMinus,
  fg_pct: ratio(l.fgm, l.fga),
  fg3_pct: ratio(l.fg3m, l.fg3a),
  ft_pct: ratio(l.ftm, l.fta),
});

export const averagesView = perStat.extend({
  games_played: z.number().int(),
  min: n,
  fg_pct: n.nullable(),
  fg3_pct: n.nullable(),
  ft_pct: n.nullable(),
  ts_pct: n.nullable().optional(),
  efg_pct: n.nullable().optional(),
  per_36: perStat.nullable().optional(),
  totals: perStat.extend({ min: n }).optional(),
});
export type AveragesView = z.infer<typeof averagesView>;

/** `base` is per-game averages and shooting; `advanced` adds TS%, eFG%, per-36 and totals. */
export function toAverages(a: Averages, type: 'base' | 'advanced'): AveragesView {
  const base = {
    ...a.per_game,
    games_played: a.games_played,
    min: a.min,
    fg_pct: a.fg_pct,
    fg3_pct: a.fg3_pct,
    ft_pct: a.ft_pct,
  };
  return type === 'base' ? base : { ...base, ts_pct: a.ts_pct, efg_pct: a.efg_pct, per_36: a.per_36, totals: a.totals };
}
