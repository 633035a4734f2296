// The process-wide database: opened from the environment, migrated, and prepared by the start-up
// hooks (the demo loader registers one) before anyone gets a handle. Kept on globalThis: Next bundles
// instrumentation and route handlers separately, and two PGlite instances on one folder would
// corrupt it. lib/db imports no domain: layers above register what must run on a fresh database.
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import { type Database, type Db, openDatabase } from './client';
import { claimEmbeddedDatabase } from './embedded-owner';
import { runMigrations } from './migrate';

const KEY = Symbol.for('statline.database');
const HOOKS = Symbol.for('statline.database.open-hooks');
export type OpenHook = (database: Database) => Promise<void>;
type Holder = { [KEY]?: Promise<Database>; [HOOKS]?: OpenHook[] };

/** Runs after migrations, before the first handle is given out; register before the first getDb(). */
export function onDatabaseOpen(hook: OpenHook): void {
  const g = globalThis as Holder;
  g[HOOKS] ??= [];
  if (!g[HOOKS].includes(hook)) g[HOOKS].push(hook);
}

async function init(): Promise<Database> {
  const e = env();
  const database = await openDatabase(
    e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: e.PGLITE_DIR },
  );
  const log = logger().child({ component: 'db', driver: database.kind });
  // The CLI scripts read this to refuse writing under a running app (lib/db/embedded-owner.ts).
  const release = database.kind === 'pglite' ? claimEmbeddedDatabase(e.PGLITE_DIR) : () => {};
  const close = database.close.bind(database);
  const owned: Database = { ...database, close: () => close().finally(release) };
  try {
    const t0 = performance.now();
    await runMigrations(owned);
    log.info({ ms: Math.round(performance.now() - t0) }, 'migrations applied');
    for (const hook of (globalThis as Holder)[HOOKS] ?? []) await hook(owned);
    return owned;
  } catch (err) {
    // Close before the next caller retries: two PGlite instances on one folder corrupt it.
    await owned.close().catch(() => {});
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
