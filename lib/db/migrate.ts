// Applies drizzle-kit's committed migrations. Several replicas may start at once, so Postgres
// migrations run under an advisory lock; PGlite is single-process by design.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type Database, rowsOf } from './client';

export const migrationsFolder = path.join(process.cwd(), 'drizzle', 'migrations');
// Any fixed 64-bit number; it only has to be the same in every replica.
const MIGRATION_LOCK = 7_311_202_611;

export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // The migrator wants the PGlite-typed handle; `database.db` is typed over both drivers.
    if (!database.pglite) throw new Error('pglite database without its instance');
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  if (!database.url) throw new Error('postgres database without a url');
  // A dedicated one-connection client: the advisory lock and the migration share its session.
  const conn = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(conn), { migrationsFolder });
  } finally {
    await conn.end({ timeout: 5 });
  }
}

export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** How many of the committed migrations this database has applied. */
export async function appliedMigrationCount(database: Database): Promise<number> {
  try {
    const result = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
  } catch {
    return 0;
  }
}
