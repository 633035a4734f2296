import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importJobs } from '../../drizzle/schema';
import { exportBasketball } from '../../lib/basketball/export';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { getStandings } from '../../lib/basketball/standings';
import { listRejections } from '../../lib/imports/job';
import { readCsv, teamLog2019 } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const fromText = (text: string) => Readable.from([Buffer.from(text)]);

describe('basketball import: team game logs', () => {
  it('imports log-2019.csv; standings equal the W/L column for all 30 teams; the job records it', async () => {
    const progress: number[] = [];
    const summary = await importBasketball(database, {
      source: 'log-2019.csv',
      input: createReadStream(teamLog2019),
      onProgress: (p) => progress.push(p.rows),
    });
    expect(summary).toMatchObject({ format: 'team-game-log', rows: 2460, inserted: 2460, rejected: 0 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(2460);

    const expected = new Map<string, { wins: number; losses: number }>();
    for (const r of readCsv(teamLog2019)) {
      const rec = expected.get(r.TEAM_ABBREVIATION ?? '') ?? { wins: 0, losses: 0 };
      if (r.WL === 'W') rec.wins++;
      else rec.losses++;
      expected.set(r.TEAM_ABBREVIATION ?? '', rec);
    }
    const standings = await getStandings(database.db, 2018, await importLeagueId(database.db));
    expect(standings).toHaveLength(30);
    for (const s of standings)
      expect({ team: s.abbreviation, wins: s.wins, losses: s.losses }).toEqual({
        team: s.abbreviation,
        ...expected.get(s.abbreviation),
      });
    const mil = standings.find((s) => s.abbreviation === 'MIL');
    expect(mil).toMatchObject({ wins: 60, losses: 22, conference: 'East', conferenceRank: 1, home: { wins: 33, losses: 8 } });

    const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, summary.jobId));
    expect(job).toMatchObject({ status: 'succeeded', processedRows: 2460, insertedRows: 2460, rejectedRows: 0, totalRows: 2460 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await exportBasketball(database.db);
    const again = await importBasketball(database, { source: 'log-2019.csv', input: createReadStream(teamLog2019) });
    expect(again).toMatchObject({ rows: 2460, inserted: 0, updated: 0, unchanged: 2460, rejected: 0 });
    expect(await exportBasketball(database.db)).toEqual(before);
    const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, again.jobId));
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: 0, updatedRows: 0, unchangedRows: 2460 });
  });

  it('rejects malformed rows with their row number and reason, and imports the rest', async () => {
    const header =
      'SEASON_ID,TEAM_ID,TEAM_ABBREVIATION,TEAM_NAME,GAME_ID,GAME_DATE,MATCHUP,WL,MIN,FGM,FGA,FG_PCT,FG3M,FG3A,FG3_PCT,FTM,FTA,FT_PCT,OREB,DREB,REB,AST,STL,BLK,TOV,PF,PTS,PLUS_MINUS,VIDEO_AVAILABLE';
    const line = (team: string, abbr: string, game: string, matchup: string, wl: string, pts: string, date = '2030-01-05') =>
      `22029,${team},${abbr},Team ${abbr},${game},${date},${matchup},${wl},240,40,90,0.444,10,30,0.333,12,15,0.8,10,35,45,20,8,5,12,20,${pts},5,1`;
    const csv = [
      header,
      line('1610612738', 'BOS', '0022900001', 'BOS vs. NYK', 'W', '102'), // row 2 ok
      line('1610612752', 'NYK', '0022900001', 'NYK @ BOS', 'L', '97'), // row 3 ok
      line('1610612738', 'BOS', '0022900002', 'BOS @ NYK', 'W', 'lots'), // row 4: bad points
      line('1610612752', 'NYK', '0022900002', 'NYK vs. BOS', 'L', '90', '2030-02-30'), // row 5: bad date
      line('1610612738', 'BOS', '0022900003', 'BOS vs. PHI', 'W', '110'), // row 6: partner missing
      '22029,"unterminated', // row 7: unreadable
    ].join('\n');
    const summary = await importBasketball(database, { source: 'bad.csv', input: fromText(csv) });
    expect(summary).toMatchObject({ rows: 6, inserted: 2, rejected: 4 });
    const rejections = await listRejections(database.db, summary.jobId);
    expect(rejections.map((r) => r.rowNumber)).toEqual([4, 5, 6, 7]);
    // Each reason names the row, the column, the value and what was expected.
    expect(rejections[0]?.reason).toBe("row 4, PTS: 'lots': expected whole points, 0-999");
    expect(rejections[1]?.reason).toMatch(/^row 5, GAME_DATE: '2030-02-30'/);
    expect(rejections[2]?.reason).toBe("row 6, GAME_ID: '0022900003' has no row for the other team");
    expect(rejections[3]?.reason).toMatch(/^row 7: unreadable CSV/);
    for (const r of rejections) expect(r.reason).not.toMatch(/Invalid input/);
    const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, summary.jobId));
    expect(job?.status).toBe('partial');
    const standings = await getStandings(database.db, 2029, await importLeagueId(database.db));
    expect(standings.map((s) => [s.abbreviation, s.wins, s.losses])).toEqual([
      ['BOS', 1, 0],
      ['NYK', 0, 1],
    ]);
  });

  it('rejects a row repeated within a file, naming the row it repeats, and merges nothing', async () => {
    const [head, first, second] = readFileSync(teamLog2019, 'utf8').split('\n') as [string, string, string];
    const changed = second.replace(/,(\d+),(-?\d+),1$/, (_m, pts, pm) => `,${Number(pts) + 10},${pm},1`);
    const csv = [head, first, second, changed].join('\n');
    const summary = await importBasketball(database, { source: 'dupes.csv', input: fromText(csv) });
    expect(summary).toMatchObject({ rows: 3, rejected: 1 });
    const [rejection] = await listRejections(database.db, summary.jobId);
    expect(rejection?.reason).toBe('row 4: repeats row 3 (the same game and team); not imported');
  });

  it('marks an upload whose every row was rejected as failed, not succeeded', async () => {
    const csv =
      'Player,Tm,Opp,Res,MP,FG,FGA,FG%,3P,3PA,3P%,FT,FTA,FT%,ORB,DRB,TRB,AST,STL,BLK,TOV,PF,PTS,GmSc,Data\nA B,BOS,NYK,W,30,x,1,,0,0,,0,0,,0,0,0,0,0,0,0,0,0,0,10/22/2024\n';
    const summary = await importBasketball(database, { source: 'all-bad.csv', input: fromText(csv) });
    expect(summary).toMatchObject({ rows: 1, rejected: 1, inserted: 0 });
    const [job] = await database.db.select().from(importJobs).where(eq(importJobs.id, summary.jobId));
    expect(job?.status).toBe('failed');
    expect(job?.error).toMatch(/nothing was imported/);
    const [rejection] = await listRejections(database.db, summary.jobId);
    expect(rejection?.reason).toBe("row 2, FG: 'x' is not a whole number");
  });

  it('refuses a file it cannot recognise, marking the job failed', async () => {
    await expect(importBasketball(database, { source: 'x.csv', input: fromText('a,b,c\n1,2,3\n') })).rejects.toThrow(
      /Unrecognised file/,
    );
  });
});
