// `npm run train:football [-- --file plays.csv[.gz]] [--train-through 2016] [--out model.json]
//   [--register [--load] [--default]]`: fits the expected-points and win-probability models on the
// nflscrapR play-by-play (default: the fixture of its 2009-2018 postseasons) up to a season, prints
// the mean absolute error against nflscrapR's ep and wp on the later seasons, the training time and
// the artifact's size, writes the artifact (--out), and registers both versions (--register).
// Stop the dev server first when using the embedded database (see scripts/import.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import '@/lib/football/expected-points/model-kinds';
import { parseNflscraprCsv } from '@/lib/football/expected-points/nflscrapr';
import { fitFootballModels, trainAndRegisterFootballModels } from '@/lib/football/expected-points/register';
import type { TrainStage } from '@/lib/football/expected-points/train';
import { loadVersion } from '@/lib/models/registry';

const FIXTURE = path.join(process.cwd(), 'test', 'fixtures', 'football', 'nflscrapR-ep-wp.csv.gz');

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm run train:football -- [--file plays.csv[.gz]] [--train-through 2016] [--out model.json] [--register [--load] [--default]]`,
  );
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        file: { type: 'string', default: FIXTURE },
        'train-through': { type: 'string', default: '2016' },
        out: { type: 'string' },
        register: { type: 'boolean', default: false },
        load: { type: 'boolean', default: false },
        default: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    return usage(err instanceof Error ? err.message : String(err));
  }
})();
const file = values.file ?? FIXTURE;
if (!existsSync(file)) usage(`--file: ${file} does not exist.`);
const lastTrainingSeason = Number(values['train-through']);
if (!Number.isInteger(lastTrainingSeason)) usage('--train-through: a season, e.g. 2016.');

const bar = new cliProgress.SingleBar(
  { format: '{stage} [{bar}] {percentage}% {value}/{total}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let stage = '';
const onProgress = (name: TrainStage | 'reading plays', done: number, total: number) => {
  if (stage !== name) {
    if (stage) bar.stop();
    stage = name;
    bar.start(total, done, { stage: name.padEnd(15) });
  } else bar.update(done);
};

onProgress('reading plays', 0, 1);
const plays = parseNflscraprCsv(readFileSync(file));
onProgress('reading plays', 1, 1);
const opts = { lastTrainingSeason, onProgress };
let fit: ReturnType<typeof fitFootballModels>;
if (values.register) {
  const database = await openScriptDatabaseOrExit({ instead: 'Stop the app and run this again.' });
  try {
    await runMigrations(database);
    const out = await trainAndRegisterFootballModels(database.db, null, plays, opts);
    bar.stop();
    fit = out.fit;
    for (const row of [out.epRow, out.wpRow]) {
      console.log(`${row.name} version ${row.version} registered`);
      if (values.load || values.default) {
        await loadVersion(database.db, null, row.name, row.version, values.default);
        console.log(`  loaded${values.default ? ' as its task default' : ''} on every replica`);
      }
    }
  } finally {
    bar.stop();
    await database.close();
  }
} else {
  fit = fitFootballModels(plays, opts);
  bar.stop();
}

const json = JSON.stringify(fit.wp);
if (values.out) writeFileSync(values.out, `${json}\n`);
const held = fit.heldOutSeasons.join(', ');
console.log(`\nfit on ${fit.ep.trainedOn.seasons.join(', ')} (${fit.wp.trainedOn.plays} plays) in ${fit.trainMs} ms`);
if (fit.heldOutSeasons.length === 0) console.log('no later season held out: nothing measured');
else {
  console.log(`held out ${held}:`);
  console.log(`  expected points   MAE vs nflscrapR ep ${fit.errors.ep.mae.toFixed(4)} points (${fit.errors.ep.plays} plays)`);
  console.log(`  win probability   MAE vs nflscrapR wp ${fit.errors.wp.mae.toFixed(4)} (${fit.errors.wp.plays} plays)`);
}
console.log(
  `artifact ${(json.length / 1024).toFixed(1)} KiB (win probability with its expected points)${values.out ? `, written to ${values.out}` : ''}`,
);
process.exit(0);
