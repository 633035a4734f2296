// `npm run import -- football …`: files named in any order are told apart by their headers, a set
// imports with its summary and warnings, and a play-by-play without its games file is refused.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'statline-football-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const data = path.join('lib', 'demo', 'data', 'football', 'nflscrapR');

async function cli(files: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dir, 'db'), LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN']) delete env[name];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/import.ts', 'football', ...files], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

it('imports an nflscrapR season named in any order, then changes nothing the second time', async () => {
  const files = [path.join(data, 'post_pbp_2018.csv.gz'), path.join(data, 'post_games_2018.csv')];
  const first = await cli(files);
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toMatch(/post_pbp_2018\.csv\.gz: 11 games inserted, 0 updated, 0 unchanged, \d+ plays, 0 rejected/);
  expect(first.stdout).toContain('warning, games row 6: game 2019011200: its plays end 31-12, the final score is 31-13');
  const second = await cli(files);
  expect(second.stdout).toContain('0 games inserted, 0 updated, 11 unchanged, 0 plays, 0 rejected');
}, 120_000);

it('refuses a play-by-play without its games file, and a file it does not know, writing nothing', async () => {
  const alone = await cli([path.join(data, 'post_pbp_2018.csv.gz')]);
  expect(alone.code).toBe(2);
  expect(alone.stderr).toContain('nflscrapR play-by-play and its games file go together');
  const unknown = await cli([path.join(data, 'PROVENANCE.md')]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('not a football file Statline knows');
}, 120_000);
