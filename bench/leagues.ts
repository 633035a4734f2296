// What league scoping costs a cached read. Standings and leaders are now read per league: the route
// reads the league and its entry in one cached read addressed by how the request names the league
// (cachedInLeague in lib/basketball/cached-stats.ts), then checks the viewer may see it. The baseline, measured in the same run and rounds, is the read as it was before
// leagues: one cached entry per season, no league to resolve (a cache hit never runs its query, so
// the baseline's load is never called). Target: scoped ≥ 0.9× the baseline's throughput.
//
// In-process, closed-loop (CONCURRENCY reads in flight), on the real cache driver (memory, or Redis
// with REDIS_URL) and database (PGlite, or Postgres with DATABASE_URL): each cached basketball read
// also probes the data version in the database, as it does in the app.

import type { League } from '@/drizzle/schema';
import { cachedInLeague } from '@/lib/basketball/cached-stats';
import { getLeaders } from '@/lib/basketball/leaders';
import { getStandings } from '@/lib/basketball/standings';
import { cachedBasketball } from '@/lib/basketball/versioned-cache';
import { closeCache } from '@/lib/cache';
import { closeDatabase, getDatabase, getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { runSeeds } from '@/lib/demo';
import { resolveLeague, visibleOrNotFound } from '@/lib/leagues/queries';
import { saveResults } from './lib/results';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 10;
const SEASON = 2024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Reads per second of `read`, CONCURRENCY at a time, for SECONDS. */
async function throughput(read: () => Promise<unknown>): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await read();
        done++;
      }
    }),
  );
  return Math.round(done / SECONDS);
}

export async function leaguesBench(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  process.env.PGLITE_DIR ??= '.data/bench-leagues-pglite';
  console.log(
    `database: ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}; cache: ${process.env.REDIS_URL ? 'redis' : 'memory'}`,
  );
  const database = await getDatabase();
  await runSeeds(database, { only: ['basketball-demo'] });
  const db = await getDb();
  const nba = await resolveLeague(db, 'basketball', undefined, null);

  const standings = (d: Db, l: League) => getStandings(d, SEASON, l.id);
  const leaders = (d: Db, l: League) => getLeaders(d, { leagueId: l.id, season: SEASON, stat: 'pts', limit: 25 });
  /** As the standings and leaders routes read: the league and its entry in one cached read, then the viewer check. */
  const inLeague = async <T>(ref: string | undefined, key: string, load: (d: Db, l: League) => Promise<T>) =>
    visibleOrNotFound(db, (await cachedInLeague(ref, key, load)).league, 'basketball', ref, null);
  const scenarios: Record<string, () => Promise<unknown>> = {
    // Before leagues: the season's entry, nothing to resolve.
    'standings unscoped (baseline)': () =>
      cachedBasketball(db, `bb:standings:${SEASON}`, 600, () => getStandings(db, SEASON, nba.id)),
    'standings, default league': () => inLeague(undefined, `standings:${SEASON}`, standings),
    'standings, league=nba': () => inLeague('nba', `standings:${SEASON}`, standings),
    'leaders unscoped (baseline)': () =>
      cachedBasketball(db, `bb:leaders:${SEASON}:pts`, 600, () =>
        getLeaders(db, { leagueId: nba.id, season: SEASON, stat: 'pts', limit: 25 }),
      ),
    'leaders, league=nba': () => inLeague('nba', `leaders:${SEASON}:pts`, leaders),
  };
  for (const read of Object.values(scenarios)) await read(); // fill the cache
  const runs: { name: string; round: number; rps: number }[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, read] of Object.entries(scenarios)) {
      runs.push({ name, round, rps: await throughput(read) });
      process.stdout.write('.');
    }
  }
  console.log('');
  const rps = (name: string) => median(runs.filter((r) => r.name === name).map((r) => r.rps));
  const summary = Object.keys(scenarios).map((name) => {
    const base = rps(name.startsWith('leaders') ? 'leaders unscoped (baseline)' : 'standings unscoped (baseline)');
    return { name, rps: rps(name), ratio: Math.round((rps(name) / base) * 100) / 100 };
  });
  console.log('\nscenario                           reads/s   ×unscoped');
  for (const s of summary) console.log(`${s.name.padEnd(34)} ${String(s.rps).padStart(8)}   ${s.ratio.toFixed(2).padStart(8)}`);
  const scoped = summary.filter((s) => !s.name.includes('baseline'));
  const targets = { scoped_at_least_0_9x_unscoped: scoped.every((s) => s.ratio >= 0.9) };
  console.log('\ntargets:', targets);
  const file = saveResults('leagues', {
    database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    cache: process.env.REDIS_URL ? 'redis' : 'memory',
    concurrency: CONCURRENCY,
    seconds: SECONDS,
    rounds: ROUNDS,
    summary,
    targets,
    runs,
  });
  console.log(`results: ${file}`);
  await closeCache();
  await closeDatabase();
}
