// Real data: nflscrapR's 2018 postseason imported, then each team's EPA per play and success rate
// checked against a computation straight from the file's own columns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fbGames, fbPlays, fbTeams } from '../../drizzle/schema';
import { importNflscrapr } from '../../lib/football/import/run';
import { createTestDatabase, type TestDatabase } from '../support/db';

const dir = path.join('lib', 'demo', 'data', 'football', 'nflscrapR');
const files = {
  games: readFileSync(path.join(dir, 'post_games_2018.csv'), 'utf8'),
  plays: gunzipSync(readFileSync(path.join(dir, 'post_pbp_2018.csv.gz'))).toString('utf8'),
};
type Row = Record<string, string>;
const rows = parse(files.plays, { columns: true }) as Row[];

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

it('imports the eleven playoff games (not the Pro Bowl) with their final scores', async () => {
  const summary = await importNflscrapr(database.db, files);
  expect(summary.rejections).toEqual([]);
  // The source's play-by-play of the Colts at the Chiefs ends 31-12; the game ended 31-13.
  expect(summary.warnings).toEqual([
    { file: 'games', row: 6, reason: 'game 2019011200: its plays end 31-12, the final score is 31-13' },
  ]);
  expect(summary.skipped).toBe(1);
  expect(summary.games).toEqual({ inserted: 11, updated: 0, unchanged: 0 });
  const superBowl = await database.db
    .select({ home: fbGames.homeScore, visitor: fbGames.visitorScore, date: fbGames.date })
    .from(fbGames)
    .where(eq(fbGames.sourceId, '2019020300'));
  expect(superBowl).toEqual([{ home: 3, visitor: 13, date: '2019-02-03' }]);
  const again = await importNflscrapr(database.db, files);
  expect(again.games).toEqual({ inserted: 0, updated: 0, unchanged: 11 });
});

it("gives each team the EPA per play and success rate of the file's own columns (to 0.001)", async () => {
  // Scrimmage plays (pass or run, two-point tries aside) of the team in possession with an EPA.
  const expected = new Map<string, { epa: number[]; success: number[] }>();
  for (const r of rows) {
    if (!['pass', 'run'].includes(r.play_type as string) || r.two_point_attempt === '1' || r.epa === 'NA') continue;
    if (['APR', 'NPR'].includes(r.home_team as string)) continue;
    const team = expected.get(r.posteam as string) ?? { epa: [], success: [] };
    expected.set(r.posteam as string, team);
    team.epa.push(Number(r.epa));
    const share = { 1: 0.4, 2: 0.6, 3: 1, 4: 1 }[Number(r.down)] ?? Number.NaN;
    team.success.push(Number(r.yards_gained) >= share * Number(r.ydstogo) ? 1 : 0);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const got = await database.db
    .select({
      team: fbTeams.abbreviation,
      epa: sql<number>`avg(${fbPlays.sourceEpa})::float8`,
      success: sql<number>`avg(case when ${fbPlays.success} then 1 else 0 end)::float8`,
      n: count(),
    })
    .from(fbPlays)
    .innerJoin(fbTeams, eq(fbTeams.id, fbPlays.offenseTeamId))
    .where(sql`${fbPlays.playType} in ('pass', 'run') and ${fbPlays.sourceEpa} is not null`)
    .groupBy(fbTeams.abbreviation);
  expect(got).toHaveLength(12);
  for (const g of got) {
    const e = expected.get(g.team);
    expect(g.n, g.team).toBe(e?.epa.length);
    expect(g.epa, g.team).toBeCloseTo(mean(e?.epa ?? []), 3);
    expect(g.success, g.team).toBeCloseTo(mean(e?.success ?? []), 3);
  }
});
