// `npm run import -- <sport> <files…>`: import data files with a progress bar per file, then a
// summary and the first rejected rows. Exit 0: every file imported (rows may have been rejected);
// 1: a file failed (unknown format, unreadable); 2: bad usage. Stop the dev server first when using
// the embedded database: two processes must never open one PGlite folder.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import { importBasketball } from '@/lib/basketball/import/run';
import { importLeagueId } from '@/lib/basketball/import/write';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import type { Database } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { listRejections } from '@/lib/imports/job';
import { retrainChampion } from '@/lib/predictions/games/champion';

interface Summary {
  jobId: string;
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
  ms: number;
}
type Importer = (
  database: Database,
  opts: { source: string; input: Readable; totalBytes: number; onProgress: (p: { bytes: number; rows: number }) => void },
) => Promise<Summary>;

// A new sport plugs in here: anything that streams one file into an import job.
const importers: Record<string, Importer> = { basketball: importBasketball };

const SHOWN_REJECTIONS = 10;

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npm run import -- <${[...Object.keys(importers), 'football'].join('|')}> <file> [file…]`);
  process.exit(2);
}

const [sport, ...files] = process.argv.slice(2);
if (!sport) usage('Name a sport and at least one file.');
// Football files come in sets (games with their plays), not one file to one job.
if (sport === 'football') {
  if (files.length === 0) usage('Name at least one file to import.');
  const { importFootballFiles } = await import('./import-football');
  process.exit(await importFootballFiles(files));
}
const importer = importers[sport];
if (!importer) usage(`Unknown sport "${sport}". Known: ${Object.keys(importers).join(', ')}.`);
if (files.length === 0) usage('Name at least one file to import.');
// Every file is checked before anything is written, so a typo never leaves half a batch imported.
const sizes = files.map((file) => {
  try {
    const stat = statSync(file);
    if (stat.isFile()) return stat.size;
  } catch {}
  return usage(`No such file: ${file}`);
});

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const database = await openScriptDatabaseOrExit({
  instead: 'Upload the file on the import page of the running app (/admin/imports) instead, or stop the app and run this again.',
});
const bar = new cliProgress.SingleBar(
  { format: '{file} [{bar}] {percentage}% {done}/{size} · {rows} rows', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let failed = 0;
let changedLeague: number | null = null;

async function retrain(db: Database, leagueId: number) {
  const trainBar = new cliProgress.SingleBar(
    { format: 'retraining the default game model: {stage} [{bar}] {value}/{total}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  try {
    const result = await retrainChampion(db.db, leagueId, {
      onProgress: (p) => {
        if (!started) trainBar.start(p.total, p.done, { stage: p.stage });
        started = true;
        trainBar.setTotal(p.total);
        trainBar.update(p.done, { stage: p.stage });
      },
    });
    trainBar.stop();
    if (!result) return;
    const { name, decision } = result;
    const outcome = decision.promoted ? 'is the new champion' : `lost to champion v${decision.champion.version}`;
    console.log(`${name}: challenger v${decision.challenger.version} ${outcome} (${decision.reason})`);
  } catch (err) {
    trainBar.stop();
    failed++;
    console.error(`retraining failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
try {
  await runMigrations(database);
  for (const [i, file] of files.entries()) {
    const size = sizes[i] ?? 0;
    const name = path.basename(file);
    bar.start(size, 0, { file: name, done: mb(0), size: mb(size), rows: 0 });
    try {
      const summary = await importer(database, {
        source: file,
        input: createReadStream(file),
        totalBytes: size,
        onProgress: (p) => bar.update(p.bytes, { done: mb(p.bytes), rows: p.rows }),
      });
      bar.update(size, { done: mb(size), rows: summary.rows });
      bar.stop();
      if (sport === 'basketball' && summary.inserted + summary.updated > 0) changedLeague = await importLeagueId(database.db);
      console.log(
        `${name}: ${summary.rows} rows, ${summary.inserted} inserted, ${summary.rejected} rejected in ${summary.ms} ms (job ${summary.jobId})`,
      );
      if (summary.rejected > 0) {
        for (const r of await listRejections(database.db, summary.jobId, SHOWN_REJECTIONS)) {
          console.log(`  row ${r.rowNumber}: ${r.reason}`);
        }
        if (summary.rejected > SHOWN_REJECTIONS) console.log(`  … and ${summary.rejected - SHOWN_REJECTIONS} more`);
      }
    } catch (err) {
      bar.stop();
      failed++;
      console.error(`${name}: failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // New results retrain the league's default game model once, after every file (champion/challenger).
  if (changedLeague !== null) await retrain(database, changedLeague);
} finally {
  bar.stop();
  await database.close();
}
// Explicit: an open cache connection (Redis) would otherwise keep the process alive.
process.exit(failed > 0 ? 1 : 0);
