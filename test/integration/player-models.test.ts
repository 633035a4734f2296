// The player pts/reb/ast models on the real 2024-25 player logs, imported through the importer and
// read back from the database: every model beats the rolling 10-game average on the held-out later
// games, and its p10–p90 band holds about 80% of them.
import { createReadStream } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBasketball } from '../../lib/basketball/import/run';
import { defaultLeague } from '../../lib/leagues/queries';
import { predictPlayer } from '../../lib/predictions/players/artifact';
import { backtestPlayerModels, type PlayerBacktest } from '../../lib/predictions/players/backtest';
import type { PlayerGameRow } from '../../lib/predictions/players/features';
import { loadPlayerGameRows } from '../../lib/predictions/players/load';
import { playerLogFile, readCsv } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
let rows: PlayerGameRow[];
let result: PlayerBacktest;
const source = readCsv(playerLogFile);

beforeAll(async () => {
  database = await createTestDatabase();
  const summary = await importBasketball(database, { source: 'players.csv', input: createReadStream(playerLogFile) });
  expect(summary).toMatchObject({ format: 'player-game-log', rejected: 0 });
  const league = await defaultLeague(database.db, 'basketball');
  rows = await loadPlayerGameRows(database.db, { leagueId: league?.id ?? -1 });
  result = backtestPlayerModels(rows);
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe('player models on the 2024-25 logs', () => {
  it('read every line of a player who played, in date order, venue unknown', () => {
    expect(rows.length).toBe(source.filter((r) => Number(r.MP) > 0).length);
    expect(rows.every((r, i) => i === 0 || (rows[i - 1]?.date ?? '') <= r.date)).toBe(true);
    expect(rows.every((r) => r.isHome === null)).toBe(true);
    expect(rows.reduce((a, r) => a + r.pts, 0)).toBe(source.reduce((a, r) => a + Number(r.PTS), 0));
  });

  it('test on later dates than the training window', () => {
    expect(result.trainFrom < result.calibrationFrom && result.calibrationFrom < result.testFrom).toBe(true);
    expect(result.testN).toBeGreaterThan(1500);
    for (const r of result.rows) expect(r.artifact.training.to < result.testFrom).toBe(true);
  });

  it.each(['pts', 'reb', 'ast'] as const)('%s: every model beats the 10-game average, p10–p90 covers 75–85%%', (stat) => {
    const of = result.rows.filter((r) => r.stat === stat);
    expect(of.map((r) => r.kind)).toEqual(['linear', 'ridge', 'lasso']);
    for (const r of of) {
      expect(r.mae, `${stat} ${r.kind}`).toBeLessThan(r.baselineMae);
      expect(r.coverage, `${stat} ${r.kind}`).toBeGreaterThanOrEqual(0.75);
      expect(r.coverage, `${stat} ${r.kind}`).toBeLessThanOrEqual(0.85);
    }
  });

  it('artifacts are plain JSON that predict the same after a round trip', () => {
    const features = result.rows[0]?.artifact.features.map((_, j) => j + 1) ?? [];
    for (const r of result.rows) {
      const copy = JSON.parse(JSON.stringify(r.artifact));
      expect(copy).toEqual(r.artifact);
      expect(predictPlayer(copy, features)).toEqual(predictPlayer(r.artifact, features));
    }
  });
});
