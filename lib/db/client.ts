// One typed Drizzle handle over either driver: postgres.js when DATABASE_URL is set, PGlite otherwise.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/drizzle/schema';

export type Schema = typeof schema;
/**
 * The handle every query function takes: Drizzle's driver-neutral base, which both drivers' databases
 * and a transaction (`PgTransaction` extends `PgDatabase`) are. Pass `tx` wherever a Db goes, no cast.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'postgres' | 'pglite';

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolMax?: number }
  // dataDir: a folder on disk; loadDataDir: a dump of a migrated database (tests clone one per file).
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface Database {
  readonly kind: DbKind;
  readonly db: Db;
  /** Present for postgres: the pool, for COPY and reserved connections. */
  readonly sql?: postgres.Sql;
  readonly url?: string;
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const sql = postgres(config.url, {
      max: config.poolMax ?? 10,
      onnotice: () => {},
      connection: { application_name: 'statline' },
    });
    const db = drizzlePostgres(preparing(sql), { schema });
    return { kind: 'postgres', db, sql, url: config.url, close: () => sql.end({ timeout: 5 }) };
  }
  if (config.dataDir) mkdirSync(path.resolve(config.dataDir), { recursive: true });
  const pglite = await PGlite.create(config.dataDir ? path.resolve(config.dataDir) : undefined, {
    loadDataDir: config.loadDataDir,
  });
  const db = drizzlePglite(pglite, { schema });
  return { kind: 'pglite', db, pglite, close: () => pglite.close() };
}

/**
 * Drizzle sends every unnamed query with `prepare: false`, so Postgres plans it again each time;
 * for the statistics queries planning (~0.9 ms) costs more than running them (~0.4 ms). postgres.js
 * keeps prepared statements per connection by query text, so preparing is safe to force here.
 * (Transactions use their own handle and stay unprepared.)
 */
function preparing(sql: postgres.Sql): postgres.Sql {
  const unsafe: postgres.Sql['unsafe'] = (query, params, options) => sql.unsafe(query, params, { ...options, prepare: true });
  return new Proxy(sql, { get: (target, prop, receiver) => (prop === 'unsafe' ? unsafe : Reflect.get(target, prop, receiver)) });
}

/** `db.execute` returns an array on postgres.js and `{ rows }` on PGlite: this is the one place that differs. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
