// What /api/ready reports. The database and migrations gate readiness (503); a cache outage only
// degrades it, because every request still succeeds through Postgres — pulling all replicas out of
// the load balancer when Redis blips would turn a slowdown into an outage.
import { sql } from 'drizzle-orm';
import { getCache } from '@/lib/cache';
import { getDatabase } from '@/lib/db';
import { appliedMigrationCount, expectedMigrationCount } from '@/lib/db/migrate';
import { logger } from '@/lib/log';
import { isShuttingDown } from './shutdown';

interface Check {
  ok: boolean;
  ms: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'degraded' | 'not_ready';
  db: 'postgres' | 'pglite' | 'unknown';
  cache: 'redis' | 'upstash' | 'memory';
  checks: { database: Check; migrations: Check & { applied: number; expected: number }; cache: Check };
  shutting_down: boolean;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function timed(what: string, fn: () => Promise<unknown>, ms = 2000): Promise<Check> {
  const t0 = performance.now();
  try {
    await withTimeout(fn(), ms, what);
    return { ok: true, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    // The reason goes to the log; the public answer names only the part that failed.
    logger().warn({ err, check: what }, 'readiness check failed');
    const timedOut = err instanceof Error && err.message.includes('did not answer');
    return { ok: false, ms: Math.round(performance.now() - t0), error: timedOut ? 'timeout' : 'unavailable' };
  }
}

export async function checkReadiness(): Promise<Readiness> {
  const cache = getCache();
  let kind: Readiness['db'] = 'unknown';
  let applied = 0;
  const expected = expectedMigrationCount();
  const [database, cacheCheck] = await Promise.all([
    timed('database', async () => {
      const d = await getDatabase();
      kind = d.kind;
      await d.db.execute(sql`select 1`);
      applied = await appliedMigrationCount(d);
    }),
    timed('cache', () => cache.ping(), 1000),
  ]);
  const migrations = { ok: database.ok && applied >= expected, ms: 0, applied, expected };
  const shuttingDown = isShuttingDown();
  const status = !database.ok || !migrations.ok || shuttingDown ? 'not_ready' : cacheCheck.ok ? 'ready' : 'degraded';
  return {
    status,
    db: kind,
    cache: cache.name,
    checks: { database, migrations, cache: cacheCheck },
    shutting_down: shuttingDown,
  };
}
