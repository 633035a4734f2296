// The process-wide database: opened from the environment, migrated, and (embedded + empty) seeded
// with demo data before anyone gets a handle. Kept on globalThis: Next bundles instrumentation and
// route handlers separately, and two PGlite instances on one folder would corrupt it.
import { isEmptyDatabase, runSeeds } from '@/drizzle/seed';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { type Database, type Db, openDatabase } from './client';
import { runMigrations } from './migrate';

const KEY = Symbol.for('statline.database');
type Holder = { [KEY]?: Promise<Database> };

async function init(): Promise<Database> {
  const e = env();
  const database = await openDatabase(
    e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: e.PGLITE_DIR },
  );
  const log = logger().child({ component: 'db', driver: database.kind });
  try {
    const t0 = performance.now();
    await runMigrations(database);
    log.info({ ms: Math.round(performance.now() - t0) }, 'migrations applied');
    if (database.kind === 'pglite' && e.DEMO_DATA === 'auto' && (await isEmptyDatabase(database.db))) {
      const reports = await runSeeds(database);
      log.info({ seeds: reports }, 'demo data loaded into the empty embedded database');
    }
    return database;
  } catch (err) {
    // Close before the next caller retries: two PGlite instances on one folder corrupt it.
    await database.close().catch(() => {});
    throw err;
  }
}

export function getDatabase(): Promise<Database> {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    g[KEY] = init();
    // A failed start must not be cached forever: the next caller tries again.
    g[KEY].catch(() => {
      delete g[KEY];
    });
  }
  return g[KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const g = globalThis as Holder;
  const pending = g[KEY];
  delete g[KEY];
  if (pending) await (await pending.catch(() => null))?.close();
}

export type { Database, Db } from './client';
export { rowsOf } from './client';
