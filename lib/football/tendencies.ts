// A team's tendencies on offense: its plays split by down, distance, field zone, formation and
// personnel (each with success and EPA), and its 3rd-down and red-zone conversion.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { fbGames, fbPlays } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { playSummary, type SummaryGroup, type SummaryRow } from './summary';

export interface Conversion {
  attempts: number;
  conversions: number;
  rate: number | null;
}

export interface Tendencies {
  splits: Record<'down' | 'distance' | 'field_zone' | 'formation' | 'personnel', SummaryRow[]>;
  third_down: Conversion;
  red_zone: Conversion;
}

const conversion = (attempts: number, conversions: number): Conversion => ({
  attempts,
  conversions,
  rate: attempts > 0 ? Math.round((conversions / attempts) * 10_000) / 10_000 : null,
});

export async function teamTendencies(db: Db, leagueId: number, teamId: number, seasons?: number[]): Promise<Tendencies> {
  const filter = { teamIds: [teamId], seasons, playTypes: ['pass', 'run'] };
  const groups = ['down', 'distance', 'field_zone', 'formation', 'personnel'] as const satisfies readonly SummaryGroup[];
  const splits = Object.fromEntries(
    await Promise.all(groups.map(async (g) => [g, await playSummary(db, leagueId, filter, [g])] as const)),
  ) as Tendencies['splits'];
  const scope = and(
    eq(fbGames.leagueId, leagueId),
    eq(fbPlays.offenseTeamId, teamId),
    sql`${fbPlays.playType} in ('pass', 'run')`,
    seasons?.length ? inArray(fbPlays.season, seasons) : undefined,
  );
  // 3rd down: converted by a first down or a touchdown. Red zone: scrimmage plays inside the 20 that scored.
  const [row] = await db
    .select({
      third: sql<number>`count(*) filter (where ${fbPlays.down} = 3)::int`,
      thirdMade: sql<number>`count(*) filter (where ${fbPlays.down} = 3 and (${fbPlays.firstDown} or ${fbPlays.touchdown}))::int`,
      red: sql<number>`count(*) filter (where ${fbPlays.yardline100} <= 20)::int`,
      redTd: sql<number>`count(*) filter (where ${fbPlays.yardline100} <= 20 and ${fbPlays.touchdown} and not ${fbPlays.turnover})::int`,
    })
    .from(fbPlays)
    .innerJoin(fbGames, eq(fbGames.id, fbPlays.gameId))
    .where(scope);
  return {
    splits,
    third_down: conversion(row?.third ?? 0, row?.thirdMade ?? 0),
    red_zone: conversion(row?.red ?? 0, row?.redTd ?? 0),
  };
}
