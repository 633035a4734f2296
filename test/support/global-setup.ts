// Integration tests: migrate one database once, then every test file gets its own copy —
// CREATE DATABASE … TEMPLATE on Postgres (DATABASE_URL set), a PGlite data-dir dump otherwise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../lib/db/client';
import { runMigrations } from '../../lib/db/migrate';
import { adminUrl, assertLocalDatabase, withDatabaseName } from './pg-urls';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: { kind: 'postgres'; url: string; template: string } | { kind: 'pglite'; dumpFile: string };
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    assertLocalDatabase(url);
    const template = `statline_tmpl_${process.pid}`;
    const postgres = (await import('postgres')).default;
    const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template}`);
    await admin.unsafe(`create database ${template}`);
    const database = await openDatabase({ kind: 'postgres', url: withDatabaseName(url, template), poolMax: 1 });
    await runMigrations(database);
    await database.close();
    project.provide('dbTemplate', { kind: 'postgres', url, template });
    return async () => {
      // Drop the per-file copies and the template; FORCE ends any connection a failed test left.
      const leftovers = await admin<{ datname: string }[]>`
        select datname from pg_database where datname like ${`statline_t_${process.pid}_%`} or datname = ${template}`;
      for (const { datname } of leftovers) await admin.unsafe(`drop database if exists ${datname} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'statline-pglite-'));
  const database = await openDatabase({ kind: 'pglite' });
  await runMigrations(database);
  const dump = await database.pglite?.dumpDataDir('none');
  await database.close();
  if (!dump) throw new Error('PGlite dump failed');
  const dumpFile = path.join(dir, 'migrated.tar');
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', { kind: 'pglite', dumpFile });
  return () => rmSync(dir, { recursive: true, force: true });
}
