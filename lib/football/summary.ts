// Plays summarised by any grouping: plays, yards per play and the rates analysts read, each with the
// number of plays it rests on (a rate on fewer than 20 plays is flagged). Cached per question under
// the football tag, which every import invalidates.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { fbGames, fbPlays, fbTeams } from '@/drizzle/schema';
import { cached } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { type PlayFilter, playConditions } from './play-filters';

export const FOOTBALL_TAG = 'football';
export const LOW_SAMPLE = 20;

export const summaryGroups = [
  'team',
  'defense',
  'season',
  'week',
  'down',
  'distance',
  'field_zone',
  'formation',
  'personnel',
  'play_type',
  'quarter',
] as const;
export type SummaryGroup = (typeof summaryGroups)[number];

const groupSql: Record<SummaryGroup, SQL> = {
  team: sql`${fbPlays.offenseTeamId}`,
  defense: sql`${fbPlays.defenseTeamId}`,
  season: sql`${fbPlays.season}`,
  week: sql`${fbGames.week}`,
  down: sql`${fbPlays.down}`,
  distance: sql`case when ${fbPlays.distance} is null or ${fbPlays.distance} <= 0 then null when ${fbPlays.distance} <= 3 then '1-3' when ${fbPlays.distance} <= 6 then '4-6' when ${fbPlays.distance} <= 10 then '7-10' else '11+' end`,
  field_zone: sql`case when ${fbPlays.yardline100} is null then null when ${fbPlays.yardline100} <= 20 then 'red-zone' when ${fbPlays.yardline100} <= 50 then 'opponent' when ${fbPlays.yardline100} <= 80 then 'own' else 'own-deep' end`,
  formation: sql`${fbPlays.formation}`,
  personnel: sql`${fbPlays.personnelCode}`,
  play_type: sql`${fbPlays.playType}::text`,
  quarter: sql`${fbPlays.quarter}`,
};

export interface Rate {
  value: number | null;
  n: number;
}

export interface SummaryRow {
  group: Record<string, string | number | null>;
  plays: number;
  low_sample: boolean;
  yards_per_play: Rate;
  success_rate: Rate;
  epa_per_play: Rate;
  pass_rate: Rate;
  first_down_rate: Rate;
  explosive_rate: Rate;
  sack_rate: Rate;
  turnover_rate: Rate;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
const rate = (num: unknown, n: unknown): Rate => {
  const count = Number(n ?? 0);
  return { value: count > 0 && num !== null ? round(Number(num)) : null, n: count };
};

async function summarise(db: Db, leagueId: number, f: PlayFilter, groupBy: SummaryGroup[]): Promise<SummaryRow[]> {
  const { where } = playConditions(f);
  const dims = groupBy.map((g) => groupSql[g]);
  const epa = sql`coalesce(${fbPlays.epa}, ${fbPlays.sourceEpa})`;
  const scrimmage = sql`${fbPlays.playType} in ('pass', 'run')`;
  const dropback = sql`${fbPlays.playType} = 'pass'`;
  const query = db
    .select({
      dims: sql<(string | number | null)[]>`json_build_array(${sql.join(dims.length > 0 ? dims : [sql`null`], sql`, `)})`,
      plays: sql<number>`count(*)::int`,
      scrimmage: sql<number>`count(*) filter (where ${scrimmage})::int`,
      yards: sql<number | null>`avg(${fbPlays.yardsGained}) filter (where ${scrimmage})`,
      success: sql<
        number | null
      >`avg(case when ${fbPlays.success} then 1.0 else 0.0 end) filter (where ${fbPlays.success} is not null)`,
      successN: sql<number>`count(${fbPlays.success})::int`,
      epa: sql<number | null>`avg(${epa}) filter (where ${scrimmage})`,
      epaN: sql<number>`count(${epa}) filter (where ${scrimmage})::int`,
      pass: sql<number | null>`avg(case when ${dropback} then 1.0 else 0.0 end) filter (where ${scrimmage})`,
      firstDown: sql<number | null>`avg(case when ${fbPlays.firstDown} then 1.0 else 0.0 end) filter (where ${scrimmage})`,
      explosive: sql<number | null>`avg(case when ${fbPlays.explosive} then 1.0 else 0.0 end) filter (where ${scrimmage})`,
      sack: sql<number | null>`avg(case when ${fbPlays.passResult} = 'sack' then 1.0 else 0.0 end) filter (where ${dropback})`,
      dropbacks: sql<number>`count(*) filter (where ${dropback})::int`,
      turnover: sql<number | null>`avg(case when ${fbPlays.turnover} then 1.0 else 0.0 end) filter (where ${scrimmage})`,
    })
    .from(fbPlays)
    .innerJoin(fbGames, eq(fbGames.id, fbPlays.gameId))
    .where(and(eq(fbGames.leagueId, leagueId), where))
    .$dynamic();
  // No grouping: one row over every matching play.
  const rows = await (dims.length > 0
    ? query
        .groupBy(...dims)
        .orderBy(sql`count(*) desc`)
        .limit(500)
    : query);
  const teamIds = new Set<number>();
  for (const r of rows)
    groupBy.forEach((g, i) => {
      if ((g === 'team' || g === 'defense') && typeof r.dims[i] === 'number') teamIds.add(r.dims[i] as number);
    });
  const teams =
    teamIds.size > 0
      ? new Map(
          (
            await db
              .select({ id: fbTeams.id, abbreviation: fbTeams.abbreviation })
              .from(fbTeams)
              .where(inArray(fbTeams.id, [...teamIds]))
          ).map((t) => [t.id, t.abbreviation]),
        )
      : new Map<number, string>();
  return rows
    .filter((r) => r.plays > 0)
    .map((r) => ({
      group: Object.fromEntries(
        groupBy.flatMap((g, i) => {
          const v = r.dims[i] ?? null;
          return g === 'team' || g === 'defense'
            ? [
                [`${g}_id`, v],
                [g, typeof v === 'number' ? (teams.get(v) ?? null) : null],
              ]
            : [[g, v]];
        }),
      ),
      plays: r.plays,
      low_sample: r.scrimmage < LOW_SAMPLE,
      yards_per_play: rate(r.yards, r.scrimmage),
      success_rate: rate(r.success, r.successN),
      epa_per_play: rate(r.epa, r.epaN),
      pass_rate: rate(r.pass, r.scrimmage),
      first_down_rate: rate(r.firstDown, r.scrimmage),
      explosive_rate: rate(r.explosive, r.scrimmage),
      sack_rate: rate(r.sack, r.dropbacks),
      turnover_rate: rate(r.turnover, r.scrimmage),
    }));
}

/** The summary of a question; `fresh` bypasses the cache (the benchmark's cold runs). */
export async function playSummary(
  db: Db,
  leagueId: number,
  f: PlayFilter,
  groupBy: SummaryGroup[],
  opts: { fresh?: boolean } = {},
): Promise<SummaryRow[]> {
  if (opts.fresh) return summarise(db, leagueId, f, groupBy);
  const key = `football:summary:${leagueId}:${groupBy.join(',')}:${JSON.stringify(f, Object.keys(f).sort())}`;
  return cached(key, [FOOTBALL_TAG], 300, () => summarise(db, leagueId, f, groupBy));
}
