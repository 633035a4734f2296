// `npm run bench -- import`: a basketball player-log import against a raw COPY of the same rows,
// measured in the same run on the same Postgres. The file is generated from the demo player logs
// (each copy moved whole years later, so every row stays a distinct player-game): 1,000,000 rows by
// default (IMPORT_BENCH_ROWS to change). The import is `npm run import`, as users run it, in its own
// process. Reports rows/s of both, their ratio (target ≥ 0.1), the import process's peak RSS (target
// < 400 MB: the file is streamed), and the merge floor (the same lines inserted into the real table in
// one statement), which bounds what any import can reach on this schema.

import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import { saveResults } from './lib/results';

const demo = path.join('lib', 'demo', 'data', 'basketball', 'player-games-2024-10-22_2024-12-31.csv');

async function generate(file: string, rows: number): Promise<void> {
  const [header, ...lines] = readFileSync(demo, 'utf8').trim().split(/\r?\n/) as [string, ...string[]];
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  let written = 0;
  for (let copy = 0; written < rows; copy++) {
    for (const line of lines) {
      if (written >= rows) break;
      // The date is the last column, M/D/YYYY: the same day `copy` years on.
      const moved = line.replace(/(\d+)\/(\d+)\/(\d{4})$/, (_m, mo, d, y) => `${mo}/${d}/${Number(y) + copy}`);
      if (!out.write(`${moved}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      written++;
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/**
 * The cheapest merge there can be: the imported lines, already typed and keyed, inserted again into
 * the real table (its unique key, three indexes and three foreign keys checked per row) in one
 * statement. No import can beat it; it says how much of the gap to raw COPY the schema itself costs.
 */
async function mergeFloor(url: string): Promise<{ seconds: number; rows: number }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe('create unlogged table bench_lines as select * from bb_player_lines');
    await sql.unsafe('truncate bb_player_lines');
    const t0 = performance.now();
    const [row] = await sql.unsafe<{ n: number }[]>(
      `with merged as (
         insert into bb_player_lines select * from bench_lines
         on conflict (game_id, player_id) do update set min = excluded.min
         where bb_player_lines.min is distinct from excluded.min
         returning (xmax = 0) as inserted)
       select count(*)::int as n from merged`,
    );
    return { seconds: (performance.now() - t0) / 1000, rows: row?.n ?? 0 };
  } finally {
    await sql.end();
  }
}

/**
 * The import as users run it: `npm run import` in its own process, so its peak RSS is the import's
 * alone (VmHWM, read until it exits). Its time is the one it reports for the file (start-up excluded).
 */
async function runImportCli(url: string, file: string) {
  const child = spawn('npm', ['run', '--silent', 'import', '--', 'basketball', file], {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    process.stdout.write(chunk);
  });
  // npm runs the script in a shell: the node process is the deepest descendant; its peak is the one that counts.
  let peakKb = 0;
  const sampler = setInterval(() => {
    for (const pid of descendants(child.pid ?? 0)) {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readStatus(pid));
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
    }
  }, 100);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(sampler);
  const m = /: (\d+) rows, (\d+) inserted, (\d+) rejected in (\d+) ms/.exec(out);
  if (code !== 0 || !m) throw new Error(`npm run import failed (exit ${code})`);
  return { inserted: Number(m[2]), rejected: Number(m[3]), seconds: Number(m[4]) / 1000, peakRssMb: Math.round(peakKb / 1024) };
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

function descendants(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    try {
      const children = readFileSync(`/proc/${all[i]}/task/${all[i]}/children`, 'utf8').trim();
      if (children) all.push(...children.split(/\s+/).map(Number));
    } catch {}
  }
  return all;
}

async function rawCopy(url: string, file: string, columns: string[]): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create unlogged table if not exists bench_raw (${columns.map((_c, i) => `c${i} text`).join(', ')})`);
    await sql.unsafe('truncate bench_raw');
    const t0 = performance.now();
    const writable = await sql.unsafe('copy bench_raw from stdin with (format csv, header true)').writable();
    await pipeline(createReadStream(file), writable);
    return (performance.now() - t0) / 1000;
  } finally {
    await sql.end();
  }
}

export async function importBench(): Promise<void> {
  const base = process.env.DATABASE_URL;
  if (!base?.startsWith('postgres')) throw new Error('The import bench needs Postgres: set DATABASE_URL.');
  const rows = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);
  const name = `statline_bench_import_${process.pid}`;
  const admin = postgres(base.replace(/\/[^/?]*(\?|$)/, '/postgres$1'), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const url = base.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  const file = path.join(tmpdir(), `statline-bench-${process.pid}.csv`);
  try {
    console.log(`Generating ${rows.toLocaleString('en-US')} player-log rows…`);
    await generate(file, rows);
    const header = (readFileSync(demo, 'utf8').split(/\r?\n/)[0] ?? '').split(',');
    const copySeconds = await rawCopy(url, file, header);
    const cli = await runImportCli(url, file);
    const floor = await mergeFloor(url);
    const floorRate = Math.round(floor.rows / floor.seconds);
    const copyRate = Math.round(rows / copySeconds);
    const importRate = Math.round(rows / cli.seconds);
    const results = {
      rows,
      raw_copy: { seconds: Math.round(copySeconds * 10) / 10, rows_per_s: copyRate },
      import: {
        seconds: Math.round(cli.seconds * 10) / 10,
        rows_per_s: importRate,
        inserted: cli.inserted,
        rejected: cli.rejected,
        peak_rss_mb: cli.peakRssMb,
      },
      merge_floor: { seconds: Math.round(floor.seconds * 10) / 10, rows_per_s: floorRate },
      ratio_to_raw_copy: Math.round((importRate / copyRate) * 1000) / 1000,
      floor_ratio_to_raw_copy: Math.round((floorRate / copyRate) * 1000) / 1000,
      ratio_to_merge_floor: Math.round((importRate / floorRate) * 1000) / 1000,
      targets: { ratio_at_least: 0.1, peak_rss_mb_below: 400 },
    };
    console.log(JSON.stringify(results, null, 2));
    console.log(`Results: ${saveResults('import', results)}`);
  } finally {
    rmSync(file, { force: true });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
