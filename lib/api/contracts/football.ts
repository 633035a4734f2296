// The public football API: read-only, open to anonymous callers (IP rate limit) and API keys. One
// filter language for plays, shared with the play finder; unknown filters and impossible ranges are a 400.
import { z } from 'zod';
import { fbPlayType } from '@/drizzle/schema';
import { footballDriveView, footballGameView, footballPlayView, footballTeamView } from '@/lib/football/api-views';
import { LOW_SAMPLE, summaryGroups } from '@/lib/football/summary';
import { defineContract } from '../contract';
import { idList, pageQuery, seasonList } from '../pagination';

const tag = 'Football';
const base = { tag, auth: 'public', scope: 'read', method: 'GET', cacheSeconds: 60 } as const;
const list = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? [v] : v), schema).optional();
const league = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .optional()
  .describe('League id or slug (default: the public pro league, the NFL)');
const int = (min: number, max: number) => z.coerce.number().int('must be a whole number').min(min).max(max).optional();
const smallList = (min: number, max: number) =>
  z.array(z.coerce.number().int('must be a whole number').min(min).max(max)).max(20);
const words = z.array(z.string().trim().min(1).max(40)).max(20);
const seasonType = z.enum(['pre', 'reg', 'post']).optional();

export const playTypes = fbPlayType.enumValues;

// Each range's ends must not cross: "distance_min=10&distance_max=5" matches nothing, so it is refused.
const ranges = [
  ['distance_min', 'distance_max'],
  ['yardline_min', 'yardline_max'],
  ['score_diff_min', 'score_diff_max'],
  ['seconds_remaining_min', 'seconds_remaining_max'],
  ['defenders_in_box_min', 'defenders_in_box_max'],
  ['pass_rushers_min', 'pass_rushers_max'],
  ['yards_min', 'yards_max'],
] as const;

export const playFilterQuery = <E extends z.ZodRawShape>(extra: E) =>
  z
    .strictObject({
      ...extra,
      league,
      team_ids: list(idList),
      defense_team_ids: list(idList),
      seasons: list(seasonList),
      weeks: list(smallList(0, 30)),
      game_ids: list(idList),
      season_type: seasonType,
      quarters: list(smallList(1, 6)),
      downs: list(smallList(1, 4)),
      distance_min: int(0, 99),
      distance_max: int(0, 99),
      yardline_min: int(0, 100),
      yardline_max: int(0, 100),
      score_diff_min: int(-99, 99),
      score_diff_max: int(-99, 99),
      seconds_remaining_min: int(0, 3600),
      seconds_remaining_max: int(0, 3600),
      formations: list(words),
      personnel: list(z.array(z.string().regex(/^\d\d$/, 'must be a personnel code such as 11 or 12')).max(20)),
      defenders_in_box_min: int(0, 11),
      defenders_in_box_max: int(0, 11),
      pass_rushers_min: int(0, 11),
      pass_rushers_max: int(0, 11),
      play_types: list(z.array(z.enum(playTypes)).max(12)),
      pass_results: list(z.array(z.enum(['complete', 'incomplete', 'interception', 'sack'])).max(4)),
      yards_min: int(-99, 109),
      yards_max: int(-99, 109),
    })
    .superRefine((q, ctx) => {
      for (const [min, max] of ranges) {
        const lo = (q as Record<string, unknown>)[min] as number | undefined;
        const hi = (q as Record<string, unknown>)[max] as number | undefined;
        if (lo !== undefined && hi !== undefined && lo > hi)
          ctx.addIssue({ code: 'custom', path: [min], message: `must not be above ${max} (${hi})` });
      }
    });

const idParam = z.object({ id: z.coerce.number().int().positive('must be a positive id') });

export const listFootballTeamsContract = defineContract({
  ...base,
  path: '/api/v1/football/teams',
  summary: 'Teams',
  query: z.strictObject({ league }),
  response: z.array(footballTeamView),
});

export const listFootballGamesContract = defineContract({
  ...base,
  path: '/api/v1/football/games',
  summary: 'Games',
  description: 'Filter by `seasons[]`, `weeks[]`, `team_ids[]`, `season_type` (pre, reg, post). Ordered by date, then id.',
  query: z.strictObject({
    ...pageQuery,
    league,
    seasons: list(seasonList),
    weeks: list(smallList(0, 30)),
    team_ids: list(idList),
    season_type: seasonType,
  }),
  response: z.array(footballGameView),
});

export const getFootballGameContract = defineContract({
  ...base,
  path: '/api/v1/football/games/{id}',
  summary: 'One game with its drives and plays',
  params: idParam,
  response: footballGameView.extend({ drives: z.array(footballDriveView), plays: z.array(footballPlayView) }),
});

export const listFootballPlaysContract = defineContract({
  ...base,
  path: '/api/v1/football/plays',
  summary: 'Plays, by situation',
  description:
    'Every filter narrows; arrays (`downs[]=3&downs[]=4`) mean any of them; `_min`/`_max` ranges are inclusive. `team_ids[]` is the offense, `defense_team_ids[]` the defense; `yardline` is yards to the end zone; `seconds_remaining` counts down regulation; `personnel[]` is the offensive code (`11` = 1 RB, 1 TE). An unknown filter or a range whose ends cross is a 400 naming it. Ordered by season, game, play.',
  query: playFilterQuery(pageQuery),
  response: z.array(footballPlayView),
});

const rateView = z.object({
  value: z.number().nullable().describe('Null when no play counts'),
  n: z.number().int().describe('The plays the rate rests on'),
});

export const footballSummaryView = z.object({
  group: z
    .record(z.string(), z.union([z.string(), z.number(), z.null()]))
    .describe('The value of each `group_by` dimension (a team as `team_id` and its abbreviation)'),
  plays: z.number().int(),
  low_sample: z.boolean().describe(`Fewer than ${LOW_SAMPLE} scrimmage plays: read the rates with care`),
  yards_per_play: rateView,
  success_rate: rateView,
  epa_per_play: rateView.describe("Statline's EPA where it has one, else the source's"),
  pass_rate: rateView,
  first_down_rate: rateView,
  explosive_rate: rateView,
  sack_rate: rateView.describe('Sacks per dropback'),
  turnover_rate: rateView,
});

export const footballSummaryContract = defineContract({
  ...base,
  path: '/api/v1/football/plays/summary',
  summary: 'Plays summarised by situation',
  description:
    'The same filters as `plays`, grouped by up to three of `group_by[]`: team, defense, season, week, down, distance (1-3, 4-6, 7-10, 11+), field_zone (own-deep, own, opponent, red-zone), formation, personnel, play_type, quarter. Rates are over scrimmage plays (passes and runs), each with the plays it rests on; `low_sample` flags fewer than 20. At most 500 groups, largest first.',
  query: playFilterQuery({ group_by: list(z.array(z.enum(summaryGroups)).max(3, 'at most 3 groupings')) }),
  response: z.array(footballSummaryView),
});

const conversionView = z.object({
  attempts: z.number().int(),
  conversions: z.number().int(),
  rate: z.number().nullable(),
});

export const footballTendenciesContract = defineContract({
  ...base,
  path: '/api/v1/football/teams/{id}/tendencies',
  summary: "A team's tendencies on offense",
  description:
    "The team's passes and runs split by down, distance, field zone, formation and personnel (each a summary row as `plays/summary` gives), with 3rd-down conversion (a first down or a touchdown) and red-zone scoring (plays inside the 20 that scored a touchdown). Optionally for `seasons[]`.",
  params: idParam,
  query: z.strictObject({ seasons: list(seasonList) }),
  response: z.object({
    team: footballTeamView,
    splits: z.object({
      down: z.array(footballSummaryView),
      distance: z.array(footballSummaryView),
      field_zone: z.array(footballSummaryView),
      formation: z.array(footballSummaryView),
      personnel: z.array(footballSummaryView),
    }),
    third_down: conversionView,
    red_zone: conversionView,
  }),
});

export const footballContracts = [
  listFootballTeamsContract,
  listFootballGamesContract,
  getFootballGameContract,
  listFootballPlaysContract,
  footballSummaryContract,
  footballTendenciesContract,
];
