// A fresh, migrated database for one test file (see global-setup.ts). Call in beforeAll; close in afterAll.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../lib/db/client';
import { adminUrl, withDatabaseName } from './pg-urls';

export interface TestDatabase extends Database {
  /** Connection URL of this copy (Postgres only), for code that opens its own pool. */
  url?: string;
}

export async function createTestDatabase(opts: { poolMax?: number } = {}): Promise<TestDatabase> {
  const tmpl = inject('dbTemplate');
  if (tmpl.kind === 'pglite') {
    const dump = new Blob([readFileSync(tmpl.dumpFile)]);
    return openDatabase({ kind: 'pglite', loadDataDir: dump });
  }
  const name = `statline_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const postgres = (await import('postgres')).default;
  const admin = postgres(adminUrl(tmpl.url), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${tmpl.template}`);
  } finally {
    await admin.end();
  }
  const url = withDatabaseName(tmpl.url, name);
  const database = await openDatabase({ kind: 'postgres', url, poolMax: opts.poolMax ?? 10 });
  return {
    ...database,
    url,
    async close() {
      await database.close();
      const a = postgres(adminUrl(tmpl.url), { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
