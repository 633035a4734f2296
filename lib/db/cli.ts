// The database for a command-line script: Postgres when DATABASE_URL is set, else the embedded folder,
// but never under a running app (see embedded-owner.ts): the script says why and what to do instead.
import { env } from '@/lib/env';
import { type Database, openDatabase } from './client';
import { embeddedDatabaseOwner } from './embedded-owner';

export class EmbeddedDatabaseInUse extends Error {
  constructor(
    readonly pid: number,
    readonly dataDir: string,
    instead: string,
  ) {
    super(
      `The app (pid ${pid}) has the embedded database in ${dataDir} open. A second process on that folder would corrupt it, and what it wrote could not reach the app's in-process cache. ${instead}`,
    );
  }
}

export async function openScriptDatabase(opts: { instead: string; poolMax?: number }): Promise<Database> {
  const e = env();
  if (e.DATABASE_URL) return openDatabase({ kind: 'postgres', url: e.DATABASE_URL, poolMax: opts.poolMax ?? 2 });
  const owner = embeddedDatabaseOwner(e.PGLITE_DIR);
  if (owner !== null) throw new EmbeddedDatabaseInUse(owner, e.PGLITE_DIR, opts.instead);
  return openDatabase({ kind: 'pglite', dataDir: e.PGLITE_DIR });
}

/** openScriptDatabase for a script's top level: a database in use ends the script with the reason (exit 1). */
export async function openScriptDatabaseOrExit(opts: { instead: string; poolMax?: number }): Promise<Database> {
  try {
    return await openScriptDatabase(opts);
  } catch (err) {
    if (!(err instanceof EmbeddedDatabaseInUse)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
