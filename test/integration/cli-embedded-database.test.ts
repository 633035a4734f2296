// The embedded database is one process's: the app marks the folder it opened, and the CLI import
// refuses to write under it (it would corrupt the folder, and could not reach the app's cache),
// pointing to the upload page instead. Once the app is gone the same command imports the file.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, getDatabase } from '../../lib/db';
import { claimEmbeddedDatabase, embeddedDatabaseOwner } from '../../lib/db/embedded-owner';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'statline-embedded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csv = path.join(dir, 'logs.csv');
writeFileSync(
  csv,
  [
    'Player,Tm,Opp,Res,MP,FG,FGA,FG%,3P,3PA,3P%,FT,FTA,FT%,ORB,DRB,TRB,AST,STL,BLK,TOV,PF,PTS,GmSc,Data',
    'Jayson Tatum,BOS,NYK,W,30.3,14,18,0.778,8,11,0.727,1,2,0.5,0,4,4,10,1,1,1,1,37,38.1,10/22/2024',
    'Jalen Brunson,NYK,BOS,L,35.1,8,20,0.4,2,7,0.286,4,4,1,0,3,3,6,1,0,3,2,22,12.9,10/22/2024',
  ].join('\n'),
);

/** `npm run import` on the embedded database in `dataDir`, with no Postgres and no Redis configured. */
async function cliImport(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dataDir, LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN']) delete env[name];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'basketball', csv], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('CLI import on the embedded database', () => {
  it('refuses while another process has the folder open, names it and points to the upload page; imports once it is gone', async () => {
    const folder = path.join(dir, 'owned');
    mkdirSync(folder);
    const release = claimEmbeddedDatabase(folder);
    const refused = await cliImport(folder);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`pid ${process.pid}`);
    expect(refused.stderr).toContain('/admin/imports');
    // Nothing was opened: no database was created in the folder.
    expect(existsSync(path.join(folder, 'PG_VERSION'))).toBe(false);

    release();
    const imported = await cliImport(folder);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/logs\.csv: 2 rows, 2 inserted, 0 rejected/);
    // Two CLI processes, the second migrating a fresh database: minutes on a busy two-core machine.
  }, 240_000);

  it('the app marks the embedded folder it opens, and unmarks it on close', async () => {
    const folder = path.join(dir, 'app');
    const g = globalThis as Record<symbol, unknown>;
    const saved = { db: g[Symbol.for('statline.database')], env: g[Symbol.for('statline.env')], url: process.env.DATABASE_URL };
    delete g[Symbol.for('statline.database')];
    delete g[Symbol.for('statline.env')];
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = folder;
    try {
      const database = await getDatabase();
      expect(database.kind).toBe('pglite');
      expect(readFileSync(path.join(folder, 'statline-app.pid'), 'utf8')).toBe(String(process.pid));
      // Its own mark is no obstacle to the process holding it.
      expect(embeddedDatabaseOwner(folder)).toBeNull();
      await closeDatabase();
      expect(existsSync(path.join(folder, 'statline-app.pid'))).toBe(false);
    } finally {
      g[Symbol.for('statline.database')] = saved.db;
      g[Symbol.for('statline.env')] = saved.env;
      if (saved.url) process.env.DATABASE_URL = saved.url;
    }
  });
});
