// `npm run train` end to end on a fresh embedded database: two seasons imported with the import
// CLI, then a logistic model trained with its walk-forward scoreboard and written as JSON.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { predictGame } from '../../lib/predictions/games/artifact';
import { demoDir } from '../support/basketball-csv';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'statline-train-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(script: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(dir, 'db'), LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN']) delete env[name];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('npm run train', () => {
  it('a bad model kind is a usage error naming the option', async () => {
    const r = await cli('scripts/train.ts', ['game', '--model', 'neural']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--model: unknown kind "neural"');
  });

  it('trains a logistic model on imported seasons, prints the scoreboard and writes the artifact', async () => {
    const imported = await cli('scripts/import.ts', [
      'basketball',
      path.join(demoDir, 'log-2018.csv'),
      path.join(demoDir, 'log-2019.csv'),
    ]);
    expect(imported.code).toBe(0);
    const out = path.join(dir, 'logistic.json');
    const r = await cli('scripts/train.ts', ['game', '--model', 'logistic', '--seasons', '2018', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2018-19 +1230 +\d\d\.\d% 0\.2\d{3}/);
    expect(r.stdout).toContain('On the games FiveThirtyEight forecast');
    const artifact = JSON.parse(readFileSync(out, 'utf8'));
    expect(artifact).toMatchObject({ kind: 'logistic', trainedOn: { seasons: [2017, 2018], games: 2460 } });
    const vector = Object.fromEntries(artifact.features.map((f: string) => [f, 0]));
    expect(predictGame(artifact, vector).home_win_probability).toBeGreaterThan(0.5);
  }, 180_000);
});
