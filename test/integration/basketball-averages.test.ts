// Season averages against values computed straight from the source rows, a correction visible on
// the very next (cached) read, and export → import → export round-trips.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedPlayerAverages } from '../../lib/basketball/cached-stats';
import { exportBasketball } from '../../lib/basketball/export';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { getLeagueAverages, getPlayerAverages } from '../../lib/basketball/stats-queries';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, readCsv } from '../support/basketball-csv';
import { createTestDatabase } from '../support/db';

let app: TestApp;
const source = readCsv(playerLogFile);
beforeAll(async () => {
  app = await startTestApp();
  const summary = await importBasketball(app.database, { source: 'players.csv', input: createReadStream(playerLogFile) });
  expect(summary).toMatchObject({ format: 'player-game-log', rows: source.length, rejected: 0 });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** Expected numbers computed directly from CSV rows, independent of the SQL under test. */
function expectedFor(rows: Record<string, string>[]) {
  const n = (r: Record<string, string>, k: string) => Number(r[k]);
  const played = rows.filter((r) => n(r, 'MP') > 0);
  const sum = (k: string) => rows.reduce((a, r) => a + n(r, k), 0);
  const gp = played.length;
  const r1 = (x: number) => Math.round(x * 10) / 10;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    games_played: gp,
    pts: r1(sum('PTS') / gp),
    reb: r1(sum('TRB') / gp),
    ast: r1(sum('AST') / gp),
    min: r1(sum('MP') / gp),
    fg_pct: r3(sum('FG') / sum('FGA')),
    fg3_pct: sum('3PA') ? r3(sum('3P') / sum('3PA')) : null,
    ft_pct: sum('FTA') ? r3(sum('FT') / sum('FTA')) : null,
    ts_pct: r3(sum('PTS') / (2 * (sum('FGA') + 0.44 * sum('FTA')))),
  };
}

const shape = (a: Awaited<ReturnType<typeof getPlayerAverages>>[number]['all']) => ({
  games_played: a.games_played,
  pts: a.per_game.pts,
  reb: a.per_game.reb,
  ast: a.per_game.ast,
  min: a.min,
  fg_pct: a.fg_pct,
  fg3_pct: a.fg3_pct,
  ft_pct: a.ft_pct,
  ts_pct: a.ts_pct,
});

async function averagesOf(name: string) {
  const all = await getPlayerAverages(app.database.db, { seasons: [2024] });
  const found = all.find((p) => p.playerName === name);
  if (!found) throw new Error(`${name} not imported`);
  return found;
}

describe('season averages from player game logs', () => {
  it.each(['Jayson Tatum', 'Anthony Davis', 'Nikola Jokić'])('match the source rows for %s', async (name) => {
    const rows = source.filter((r) => r.Player === name);
    expect(rows.length).toBeGreaterThan(10);
    expect(shape((await averagesOf(name)).all)).toEqual(expectedFor(rows));
  });

  it('do not count a 0:00-minute row as a game played', async () => {
    const name = 'Karlo Matković';
    const rows = source.filter((r) => r.Player === name);
    expect(rows.some((r) => Number(r.MP) === 0)).toBe(true);
    const got = (await averagesOf(name)).all;
    expect(got.games_played).toBe(rows.filter((r) => Number(r.MP) > 0).length);
    expect(shape(got)).toEqual(expectedFor(rows));
  });

  it('split a traded player by team and total them', async () => {
    const name = 'Dennis Schröder';
    const rows = source.filter((r) => r.Player === name);
    const teams = [...new Set(rows.map((r) => r.Tm ?? ''))];
    expect(teams.length).toBe(2);
    const got = await averagesOf(name);
    expect(shape(got.all)).toEqual(expectedFor(rows));
    const nba = (bref: string) => ({ BRK: 'BKN', CHO: 'CHA', PHO: 'PHX' })[bref] ?? bref;
    expect(got.teams.map((t) => t.abbreviation).sort()).toEqual(teams.map(nba).sort());
    for (const t of got.teams) {
      expect(shape(t.averages)).toEqual(expectedFor(rows.filter((r) => nba(r.Tm ?? '') === t.abbreviation)));
    }
  });

  it('give league averages per team-game from player lines when a season has no team lines', async () => {
    const league = await getLeagueAverages(app.database.db, 2024, await importLeagueId(app.database.db));
    expect(league?.source).toBe('player_lines');
    expect(league?.averages.per_game.pts).toBeGreaterThan(90);
    expect(league?.averages.per_game.pts).toBeLessThan(130);
  });

  it('show a corrected box score on the very next cached read', async () => {
    const row = source.find((r) => r.Player === 'Jayson Tatum');
    if (!row) throw new Error('no row');
    const first = (await cachedPlayerAverages({ seasons: [2024], playerIds: [(await averagesOf('Jayson Tatum')).playerId] }))[0];
    const again = (await cachedPlayerAverages({ seasons: [2024], playerIds: [first?.playerId ?? 0] }))[0];
    expect(again).toEqual(first);
    // The same game re-imported with 10 more points (5 more made twos): an upstream correction.
    const corrected = {
      ...row,
      FG: String(Number(row.FG) + 5),
      FGA: String(Number(row.FGA) + 5),
      PTS: String(Number(row.PTS) + 10),
    };
    const header = Object.keys(row).join(',');
    const csv = `${header}\n${Object.values(corrected).join(',')}\n`;
    const summary = await importBasketball(app.database, { source: 'fix.csv', input: Readable.from([Buffer.from(csv)]) });
    expect(summary.rejected).toBe(0);
    const after = (await cachedPlayerAverages({ seasons: [2024], playerIds: [first?.playerId ?? 0] }))[0];
    expect(after?.all.totals.pts).toBe((first?.all.totals.pts ?? 0) + 10);
  });

  it('round-trip through the Statline export format', async () => {
    const exported = await exportBasketball(app.database.db);
    expect(exported.player_lines.length).toBe(source.length);
    const other = await createTestDatabase();
    try {
      const summary = await importBasketball(other, {
        source: 'export.json',
        input: Readable.from([Buffer.from(JSON.stringify(exported))]),
      });
      expect(summary).toMatchObject({ format: 'statline-json', rejected: 0 });
      expect(await exportBasketball(other.db)).toEqual(exported);
    } finally {
      await other.close();
    }
  });
});
