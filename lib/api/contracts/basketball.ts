// The public basketball API: read-only, open to anonymous callers (IP rate limit) and API keys.
import { z } from 'zod';
import { averagesView, boxLine, gameView, teamView } from '@/lib/basketball/api-views';
import { leaderStats } from '@/lib/basketball/stats-queries';
import { defineContract } from '../contract';
import { dateList, idList, pageQuery, seasonList } from '../pagination';

const list = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? [v] : v), schema).optional();
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const idParam = z.object({ id: z.coerce.number().int().positive('must be a positive id') });
/** Every list and aggregate is computed within one league; today's clients, who name none, get the pro league (NBA). */
const league = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(60)
  .optional()
  .describe('League id or slug (default: the public pro league, the NBA)');
const base = { tag: 'Basketball', auth: 'public', scope: 'read', method: 'GET', cacheSeconds: 60 } as const;

export const playerView = z.object({
  id: z.number().int(),
  name: z.string(),
  teams: z.array(z.object({ season: z.number().int(), team: teamView.pick({ id: true, abbreviation: true, full_name: true }) })),
});

export const listPlayersContract = defineContract({
  ...base,
  path: '/api/v1/basketball/players',
  summary: 'Players',
  description: 'Search by name (`search`), filter by `team_ids[]` and `seasons[]`. Ordered by id.',
  query: z.strictObject({
    ...pageQuery,
    league,
    search: z.string().trim().min(1).max(100).optional(),
    team_ids: list(idList),
    seasons: list(seasonList),
  }),
  response: z.array(playerView),
});

export const getPlayerContract = defineContract({
  ...base,
  path: '/api/v1/basketball/players/{id}',
  summary: 'One player',
  params: idParam,
  response: playerView,
});

export const listTeamsContract = defineContract({
  ...base,
  path: '/api/v1/basketball/teams',
  summary: 'Teams',
  query: z.strictObject({ ...pageQuery, league }),
  response: z.array(teamView),
});

export const getTeamContract = defineContract({
  ...base,
  path: '/api/v1/basketball/teams/{id}',
  summary: 'One team',
  params: idParam,
  response: teamView,
});

const gameFilters = {
  league,
  dates: list(dateList),
  seasons: list(seasonList),
  team_ids: list(idList),
  start_date: z.iso.date().optional(),
  end_date: z.iso.date().optional(),
  postseason: bool.optional(),
};

export const listGamesContract = defineContract({
  ...base,
  path: '/api/v1/basketball/games',
  summary: 'Games',
  description:
    'Filter by `dates[]`, `seasons[]`, `team_ids[]`, `start_date`, `end_date`, `postseason`. Ordered by date, then id.',
  query: z.strictObject({ ...pageQuery, ...gameFilters }),
  response: z.array(gameView),
});

export const getGameContract = defineContract({
  ...base,
  path: '/api/v1/basketball/games/{id}',
  summary: 'One game with its box score',
  params: idParam,
  response: gameView.extend({
    team_stats: z.array(
      boxLine.extend({
        team_id: z.number().int(),
        team_reb: z
          .number()
          .int()
          .nullable()
          .describe('Rebounds credited to the team and to no player (not in `reb`); null when the source does not say'),
        team_tov: z
          .number()
          .int()
          .nullable()
          .describe('Turnovers charged to the team and to no player (included in `turnover`); null when the source does not say'),
      }),
    ),
    player_stats: z.array(
      boxLine.extend({ player: z.object({ id: z.number().int(), name: z.string() }), team_id: z.number().int() }),
    ),
  }),
});

export const statLineView = boxLine.extend({
  id: z.number().int(),
  player: z.object({ id: z.number().int(), name: z.string() }),
  team: teamView,
  game: z.object({ id: z.number().int(), date: z.iso.date(), season: z.number().int(), postseason: z.boolean() }),
});

export const listStatsContract = defineContract({
  ...base,
  path: '/api/v1/basketball/stats',
  summary: 'Player box-score lines',
  description: 'Filter by `player_ids[]`, `game_ids[]`, `seasons[]`, `dates[]`, `start_date`, `end_date`, `postseason`.',
  query: z.strictObject({ ...pageQuery, ...gameFilters, player_ids: list(idList), game_ids: list(idList) }),
  response: z.array(statLineView),
});

export const seasonAveragesContract = defineContract({
  ...base,
  path: '/api/v1/basketball/season-averages',
  summary: 'Season averages of players or teams',
  description:
    'Give `player_ids[]` or `team_ids[]` and one or more `seasons[]` (optionally `start_date`/`end_date`). Only games with minutes count as played; percentages come from totals. `type=advanced` adds TS%, eFG%, per-36 and totals. A traded player gets a `teams` split.',
  query: z
    .strictObject({
      league,
      player_ids: list(idList),
      team_ids: list(idList),
      seasons: z.preprocess((v) => (typeof v === 'string' ? [v] : v), seasonList.min(1, 'give at least one season')),
      start_date: z.iso.date().optional(),
      end_date: z.iso.date().optional(),
      postseason: bool.optional(),
      type: z.enum(['base', 'advanced']).default('base'),
    })
    .refine((q) => (q.player_ids?.length ?? 0) > 0 !== (q.team_ids?.length ?? 0) > 0, {
      message: 'give player_ids[] or team_ids[], not both',
      path: ['player_ids'],
    }),
  response: z.array(
    averagesView.extend({
      season: z.number().int(),
      player_id: z.number().int().optional(),
      team_id: z.number().int().optional(),
      name: z.string(),
      teams: z.array(averagesView.extend({ team_id: z.number().int(), abbreviation: z.string() })).optional(),
    }),
  ),
});

export const leagueAveragesContract = defineContract({
  ...base,
  path: '/api/v1/basketball/league-averages',
  summary: 'League averages per team-game',
  query: z.strictObject({
    league,
    season: z.coerce.number().int().min(1900).max(2200),
    type: z.enum(['base', 'advanced']).default('base'),
  }),
  response: averagesView.extend({ season: z.number().int(), source: z.enum(['team_lines', 'player_lines']) }),
});

export const leadersContract = defineContract({
  ...base,
  path: '/api/v1/basketball/leaders',
  summary: 'Leaders by stat',
  description:
    "Per-game averages (or percentages) of qualified players. Per-game stats qualify with 70% of the team's games played (the NBA's rule: 58 of 82), percentages with a minimum of made shots (300 FG, 82 3P, 125 FT over 82 games) scaled to the games played so far; `meta.qualifier` says which rule applied. `min_games` replaces the rule with a plain minimum of games played.",
  query: z.strictObject({
    league,
    season: z.coerce.number().int().min(1900).max(2200),
    stat: z.enum(leaderStats).default('pts'),
    min_games: z.coerce.number().int().min(1).max(100).optional(),
    per_page: z.coerce.number().int().min(1).max(100).default(25),
  }),
  response: z.array(
    z.object({
      rank: z.number().int(),
      player: z.object({ id: z.number().int(), name: z.string() }),
      teams: z.array(z.string()),
      value: z.number(),
      games_played: z.number().int(),
    }),
  ),
});

const record = z.object({ wins: z.number().int(), losses: z.number().int() });
export const standingsContract = defineContract({
  ...base,
  path: '/api/v1/basketball/standings',
  summary: 'Standings',
  description:
    'W-L, PCT, games behind (league and conference), home, away, last ten and streak. Home/away are null where the source lacks venues.',
  query: z.strictObject({ league, season: z.coerce.number().int().min(1900).max(2200) }),
  response: z.array(
    z.object({
      team: teamView,
      wins: z.number().int(),
      losses: z.number().int(),
      pct: z.number(),
      games_behind: z.number(),
      conference_rank: z.number().int().nullable(),
      conference_games_behind: z.number().nullable(),
      home: record.nullable(),
      away: record.nullable(),
      last_ten: record,
      streak: z.string(),
    }),
  ),
});

export const basketballContracts = [
  listPlayersContract,
  getPlayerContract,
  listTeamsContract,
  getTeamContract,
  listGamesContract,
  getGameContract,
  listStatsContract,
  seasonAveragesContract,
  leagueAveragesContract,
  leadersContract,
  standingsContract,
];
