// Results-only CSVs through the basketball importer: every spelling of a team the two NBA sources
// use, both season forms, row-level rejections with their row numbers, an idempotent re-import, and
// the imported games counted by the standings and given score-only features by the game models.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { getStandings } from '../../lib/basketball/standings';
import { rowsOf } from '../../lib/db/client';
import { listRejections } from '../../lib/imports/job';
import { buildGameFeatures } from '../../lib/predictions/games/features';
import { loadLeagueGames } from '../../lib/predictions/games/load';
import { teamLog2019 } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

const fixture = path.join(process.cwd(), 'test', 'fixtures', 'basketball', 'results-2018-19.csv');
const header = 'date,season,home_team,visitor_team,home_team_score,visitor_team_score';

let database: TestDatabase;
const importText = (text: string, source = 'results.csv') =>
  importBasketball(database, { source, input: Readable.from([Buffer.from(text)]) });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('results-only import', () => {
  it('imports a season of results with every spelling, and a re-import changes nothing', async () => {
    const first = await importBasketball(database, {
      source: 'results-2018-19.csv',
      input: Readable.from([readFileSync(fixture)]),
    });
    expect(first.format).toBe('results');
    expect(first).toMatchObject({ rows: 1230, inserted: 1230, rejected: 0 });
    const again = await importBasketball(database, {
      source: 'results-2018-19.csv',
      input: Readable.from([readFileSync(fixture)]),
    });
    expect(again).toMatchObject({ rows: 1230, inserted: 0, updated: 0, unchanged: 1230, rejected: 0 });
    // BRK, CHO and PHO and the full names all found the 30 franchises: 30 teams, no more.
    const [teams] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from bb_teams`));
    expect(teams?.n).toBe(30);
    const [nets] = rowsOf<{ abbreviation: string; name: string }>(
      await database.db.execute(sql`select abbreviation, name from bb_teams where source_id = '1610612751'`),
    );
    expect(nets).toEqual({ abbreviation: 'BKN', name: 'Brooklyn Nets' });
  });

  it('counts the games in the standings: 82 games a team, the records the box scores give', async () => {
    const leagueId = await importLeagueId(database.db);
    const standings = await getStandings(database.db, 2018, leagueId);
    expect(standings).toHaveLength(30);
    expect(standings.every((s) => s.wins + s.losses === 82)).toBe(true);
    // 2018-19: Milwaukee 60-22, from the official log's W/L column, not from the results file.
    const wins = new Map<string, number>();
    for (const line of readFileSync(teamLog2019, 'utf8').split('\n').slice(1)) {
      const cells = line.split(',');
      if (cells[7] === 'W') wins.set(cells[2] ?? '', (wins.get(cells[2] ?? '') ?? 0) + 1);
    }
    expect(standings.find((s) => s.abbreviation === 'MIL')?.wins).toBe(wins.get('MIL'));
    expect(wins.get('MIL')).toBe(60);
  });

  it('gives the games score-only features: four factors 0, score features from the results', async () => {
    const leagueId = await importLeagueId(database.db);
    const games = await loadLeagueGames(database.db, leagueId);
    expect(games).toHaveLength(1230);
    expect(games.every((g) => g.home === null && g.away === null)).toBe(true);
    const rows = buildGameFeatures(games);
    const late = rows.filter((r) => r.game.date >= '2019-01-01');
    for (const r of late) {
      expect(Object.values(r.features).every(Number.isFinite)).toBe(true);
      expect([r.features.efg10_diff, r.features.tov10_diff, r.features.orb10_diff, r.features.ftr10_diff]).toEqual([0, 0, 0, 0]);
    }
    expect(late.some((r) => r.features.net10_diff !== 0 && r.features.elo_diff !== 0)).toBe(true);
  });

  it('rejects bad rows by row number and imports the rest', async () => {
    const text = [
      header,
      '2019-10-22,2019-20,TOR,NOP,130,122', // 2: good (a new season)
      '2019-10-22,2019-21,LAL,LAC,102,112', // 3: season
      '2019-10-23,2019,Gotham Knights,BOS,100,90', // 4: unknown home team
      '2019-10-23,2019,CHO,CHO,100,90', // 5: a team against itself
      '2019-10-23,2019,PHO,SAC,124,95', // 6: good, Basketball-Reference's Phoenix
      '2019-10-24,2019,BRK,Minnesota Timberwolves,126,127', // 7: good
      '2019-10-24,2019,DAL,WAS,108,108', // 8: a tie
      '2019-10-32,2019,DAL,WAS,108,100', // 9: date
      '2019-10-23,2019-20,Phoenix Suns,Sacramento Kings,124,95', // 10: row 6 again, spelled otherwise
      '2019-10-25,2019,UTA,OKC,abc,95', // 11: score
    ].join('\n');
    const summary = await importText(text);
    expect(summary).toMatchObject({ rows: 10, inserted: 3, rejected: 7 });
    const reasons = (await listRejections(database.db, summary.jobId)).map((r) => [r.rowNumber, r.reason]);
    expect(reasons.map(([n]) => n)).toEqual([3, 4, 5, 8, 9, 10, 11]);
    const reason = new Map(reasons as [number, string][]);
    expect(reason.get(3)).toMatch(/^row 3, season: '2019-21'/);
    expect(reason.get(4)).toMatch(/home_team: 'Gotham Knights' is no team/);
    expect(reason.get(5)).toMatch(/cannot play itself/);
    expect(reason.get(8)).toMatch(/visitor_team_score.*winner/);
    expect(reason.get(9)).toMatch(/^row 9, date/);
    expect(reason.get(10)).toMatch(/repeats row 6/);
    expect(reason.get(11)).toMatch(/home_team_score: 'abc'/);
    const [game] = rowsOf<{ season: number; home: string; winner: string }>(
      await database.db.execute(sql`select g.season, h.abbreviation as home, w.abbreviation as winner
        from bb_games g join bb_teams h on h.id = g.home_team_id join bb_teams w on w.id = g.winner_team_id
        where g.date = '2019-10-23'`),
    );
    expect(game).toEqual({ season: 2019, home: 'PHX', winner: 'PHX' });
  });

  it('a results row for a game stored with its box score agrees with it or is rejected, never a second game', async () => {
    const db = await createTestDatabase();
    try {
      const log = readFileSync(teamLog2019);
      expect((await importBasketball(db, { source: 'log-2019.csv', input: Readable.from([log]) })).rejected).toBe(0);
      const text = [header, '2018-10-16,2018-19,GSW,OKC,108,100', '2018-10-16,2018-19,BOS,PHI,105,88'].join('\n');
      const summary = await importBasketball(db, { source: 'r.csv', input: Readable.from([Buffer.from(text)]) });
      expect(summary).toMatchObject({ inserted: 0, unchanged: 1, rejected: 1 });
      const [rejection] = await listRejections(db.db, summary.jobId);
      expect(rejection?.reason).toMatch(/^row 3, the game of 2018-10-16 is stored with its box score at 105-87/);
      const [games] = rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from bb_games`));
      expect(games?.n).toBe(1230);
    } finally {
      await db.close();
    }
  });
});
