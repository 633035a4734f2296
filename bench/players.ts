// What a player projection costs in process, for the prediction API to come: reading a league's
// player lines, one player's features as of a date (a full sweep over the stored lines), the three
// stat predictions, and training all nine models. The baseline, measured in the same run and
// rounds, is what the player page shows today: the player's rolling 10-game average from the same
// rows. Target (issue 18): a single prediction p99 < 20 ms uncached.
//
// In-process, on the real database (PGlite, or Postgres with DATABASE_URL), demo data seeded.
import { closeDatabase, getDatabase, getDb } from '@/lib/db';
import { runSeeds } from '@/lib/demo';
import { defaultLeague } from '@/lib/leagues/queries';
import { predictPlayer } from '@/lib/predictions/players/artifact';
import { backtestPlayerModels } from '@/lib/predictions/players/backtest';
import { buildPlayerFeatures, type PlayerGameRow, playerFeaturesAsOf } from '@/lib/predictions/players/features';
import { loadPlayerGameRows } from '@/lib/predictions/players/load';
import { percentile } from './lib/percentile';
import { saveResults } from './lib/results';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CALLS = 200;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function timeEach(calls: number, work: (i: number) => unknown): number[] {
  const ms: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    work(i);
    ms.push(performance.now() - t);
  }
  return ms;
}

export async function playersBench(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.PGLITE_DIR ??= '.data/bench-players-pglite';
  console.log(`database: ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}`);
  const database = await getDatabase();
  await runSeeds(database, { only: ['basketball-demo'] });
  const db = await getDb();
  const league = await defaultLeague(db, 'basketball');
  if (!league) throw new Error('no basketball league');

  let rows: PlayerGameRow[] = await loadPlayerGameRows(db, { leagueId: league.id });
  const trained = backtestPlayerModels(rows);
  const models = trained.rows.filter((r) => r.kind === 'lasso').map((r) => r.artifact);
  // Players with the most lines, asked about the day after the data ends.
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.playerId, (counts.get(r.playerId) ?? 0) + 1);
  const players = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 50)
    .map(([id]) => id);
  const last = rows[rows.length - 1];
  const targetOf = (i: number) => ({
    playerId: players[i % players.length] ?? 0,
    date: '2025-01-01',
    season: last?.season ?? 2024,
    opponentId: last?.opponentId ?? 0,
    isHome: true,
  });

  const runs: { name: string; round: number; median: number; p99: number }[] = [];
  const record = (name: string, round: number, ms: number[]) =>
    runs.push({ name, round, median: percentile(ms, 50), p99: percentile(ms, 99) });
  for (let round = 0; round < ROUNDS; round++) {
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      rows = await loadPlayerGameRows(db, { leagueId: league.id });
      loads.push(performance.now() - t);
    }
    record('load all lines (query)', round, loads);
    record(
      'rolling 10-game average (baseline)',
      round,
      timeEach(CALLS, (i) => {
        const mine = rows.filter((r) => r.playerId === targetOf(i).playerId).slice(-10);
        return mine.reduce((a, r) => a + r.pts, 0) / mine.length;
      }),
    );
    record(
      'features as of a date (full sweep)',
      round,
      timeEach(CALLS, (i) => buildPlayerFeatures(rows, [targetOf(i)])),
    );
    record(
      'features as of a date (playerFeaturesAsOf)',
      round,
      timeEach(CALLS, (i) => playerFeaturesAsOf(rows, targetOf(i))),
    );
    const [example] = buildPlayerFeatures(rows, [targetOf(0)]);
    record(
      'predictPlayer ×3 (pts, reb, ast)',
      round,
      timeEach(CALLS, () => models.map((m) => predictPlayer(m, example?.features ?? []))),
    );
    record(
      'features + predictPlayer ×3',
      round,
      timeEach(CALLS, (i) => {
        const e = playerFeaturesAsOf(rows, targetOf(i));
        return models.map((m) => predictPlayer(m, e.features));
      }),
    );
    record(
      'train 9 models + backtest',
      round,
      timeEach(1, () => backtestPlayerModels(rows)),
    );
    process.stdout.write('.');
  }
  console.log('');
  const names = [...new Set(runs.map((r) => r.name))];
  const base = median(runs.filter((r) => r.name.includes('baseline')).map((r) => r.median));
  const summary = names.map((name) => {
    const of = runs.filter((r) => r.name === name);
    const med = median(of.map((r) => r.median));
    return {
      name,
      median_ms: med,
      p99_ms: median(of.map((r) => r.p99)),
      x_baseline: base ? Math.round((med / base) * 10) / 10 : null,
    };
  });
  console.log(`\n${rows.length} lines, ${ROUNDS} rounds (median of rounds)`);
  console.log('scenario                                      median ms    p99 ms   ×baseline');
  for (const s of summary) {
    console.log(
      `${s.name.padEnd(44)} ${s.median_ms.toFixed(1).padStart(9)} ${s.p99_ms.toFixed(1).padStart(9)} ${String(s.x_baseline).padStart(10)}`,
    );
  }
  const single = summary.find((s) => s.name === 'features + predictPlayer ×3');
  const targets = { single_prediction_p99_under_20ms: (single?.p99_ms ?? Infinity) < 20 };
  console.log('\ntargets:', targets);
  const file = saveResults('players', {
    database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    lines: rows.length,
    rounds: ROUNDS,
    summary,
    targets,
    runs,
  });
  console.log(`results: ${file}`);
  await closeDatabase();
}
