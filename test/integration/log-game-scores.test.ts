// Player logs print no final score: a game's score is the sum of each team's players' points,
// unless that sum contradicts the winner the file states (a file missing player-games).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBasketball } from '../../lib/basketball/import/run';
import { rowsOf } from '../../lib/db/client';
import { playerLogFile, readCsv } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const head = 'Player,Tm,Opp,Res,MP,FG,FGA,FG%,3P,3PA,3P%,FT,FTA,FT%,ORB,DRB,TRB,AST,STL,BLK,TOV,PF,PTS,GmSc,Data';
// Points as two-point makes plus a free throw, so the line is consistent (PTS = 2×FG + 3P + FT).
const row = (player: string, team: string, opp: string, res: 'W' | 'L', pts: number, date = '1/5/2025') => {
  const [fg, ft] = [Math.floor(pts / 2), pts % 2];
  return `${player},${team},${opp},${res},30,${fg},${fg},,0,0,,${ft},${ft},,0,0,0,0,0,0,0,0,${pts},0,${date}`;
};
// Basketball-Reference's abbreviations where the league's differ.
const leagueAbbreviation = (abbr = '') => ({ BRK: 'BKN', CHO: 'CHA', PHO: 'PHX' })[abbr] ?? abbr;
const fromText = (lines: string[]) => Readable.from([Buffer.from([head, ...lines].join('\n'))]);

async function storedScores(date: string) {
  return rowsOf<{ home: string; away: string; home_score: number | null; away_score: number | null }>(
    await database.db.execute(sql`
      select h.abbreviation as home, a.abbreviation as away, g.home_score, g.away_score
      from bb_games g join bb_teams h on h.id = g.home_team_id join bb_teams a on a.id = g.away_team_id
      where g.date = ${date}::date`),
  );
}

const scoreOf = (g: { home: string; away: string; home_score: number | null; away_score: number | null }, team: string) =>
  g.home === team ? g.home_score : g.away_score;

describe('final scores of games known from player logs', () => {
  it('equal the sum of each side’s points on the real 2024-25 file, where that sum agrees with the stated winner', async () => {
    await importBasketball(database, { source: 'players.csv', input: createReadStream(playerLogFile) });
    // Expected values straight from the CSV, independently of the importer.
    const sums = new Map<string, { pts: Map<string, number>; winner: string }>();
    for (const r of readCsv(playerLogFile)) {
      const [m, d, y] = (r.Data ?? '').split('/');
      const date = `${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')}`;
      const [team, opp] = [leagueAbbreviation(r.Tm), leagueAbbreviation(r.Opp)];
      const key = `${date}|${[team, opp].sort().join('|')}`;
      const game = sums.get(key) ?? { pts: new Map<string, number>(), winner: '' };
      game.pts.set(team, (game.pts.get(team) ?? 0) + Number(r.PTS));
      if (r.Res === 'W') game.winner = team;
      sums.set(key, game);
    }
    let scored = 0;
    let unknown = 0;
    for (const [key, game] of sums) {
      const date = key.split('|')[0] ?? '';
      const [a, b] = key.split('|').slice(1) as [string, string];
      const stored = (await storedScores(date)).find((g) => [g.home, g.away].sort().join('|') === `${a}|${b}`);
      expect(stored, key).toBeDefined();
      if (!stored) continue;
      const [pa, pb] = [game.pts.get(a) ?? 0, game.pts.get(b) ?? 0];
      const agrees = game.pts.size === 2 && (pa > pb ? a : pb > pa ? b : '') === game.winner;
      if (agrees) {
        expect([scoreOf(stored, a), scoreOf(stored, b)], key).toEqual([pa, pb]);
        scored++;
      } else {
        expect([stored.home_score, stored.away_score], key).toEqual([null, null]);
        unknown++;
      }
    }
    // The file is nearly complete: almost every game gets its score.
    expect(scored).toBeGreaterThan(450);
    expect(unknown).toBeLessThan(scored / 20);
  }, 120_000);

  it('leaves a score unknown while the lines contradict the winner, and sets it once the missing line arrives', async () => {
    await importBasketball(database, {
      source: 'partial.csv',
      input: fromText([row('Ann One', 'BOS', 'NYK', 'W', 10), row('Bea Two', 'NYK', 'BOS', 'L', 12)]),
    });
    const [before] = await storedScores('2025-01-05');
    expect([before?.home_score, before?.away_score]).toEqual([null, null]);

    await importBasketball(database, { source: 'rest.csv', input: fromText([row('Cal Three', 'BOS', 'NYK', 'W', 5)]) });
    const [after] = await storedScores('2025-01-05');
    expect(after && [scoreOf(after, 'BOS'), scoreOf(after, 'NYK')]).toEqual([15, 12]);
  });
});
