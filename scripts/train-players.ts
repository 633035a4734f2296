// `npx tsx scripts/train-players.ts [--test-from YYYY-MM-DD] [--min-games N]`: train the player
// pts/reb/ast models (linear, ridge, lasso) on the stored NBA player lines and print each one's
// held-out MAE against the rolling 10-game average, and its p10–p90 coverage. Stop the dev server
// first when using the embedded database: two processes must never open one PGlite folder.
// `--register [--model linear,ridge,lasso] [--load] [--default]`: also train each stat and kind on
// every stored game into the model registry (nba-player-pts-ridge, …) and load it on every replica.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { defaultLeague } from '@/lib/leagues/queries';
import { loadVersion } from '@/lib/models/registry';
import '@/lib/predictions/model-kinds';
import { type PlayerModelKind, playerModelKinds } from '@/lib/predictions/players/artifact';
import { backtestPlayerModels } from '@/lib/predictions/players/backtest';
import { loadPlayerGameRows } from '@/lib/predictions/players/load';
import { trainAndRegisterPlayerModels } from '@/lib/predictions/players/register';

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npx tsx scripts/train-players.ts [--test-from YYYY-MM-DD] [--min-games N]
       npx tsx scripts/train-players.ts --register [--model linear,ridge,lasso] [--load] [--default]`);
  process.exit(2);
}

let args: { 'test-from'?: string; 'min-games'?: string; register?: boolean; load?: boolean; default?: boolean; model?: string };
try {
  args = parseArgs({
    options: {
      'test-from': { type: 'string' },
      'min-games': { type: 'string' },
      register: { type: 'boolean' },
      load: { type: 'boolean' },
      default: { type: 'boolean' },
      model: { type: 'string' },
    },
  }).values;
} catch (err) {
  usage((err as Error).message);
}
const testFrom = args['test-from'];
if (testFrom !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(testFrom))
  usage(`--test-from: '${testFrom}' is not a date like 2024-12-15`);
const minPriorGames = args['min-games'] === undefined ? 5 : Number(args['min-games']);
if (!Number.isInteger(minPriorGames) || minPriorGames < 1) usage(`--min-games: '${args['min-games']}' is not a whole number ≥ 1`);

const kinds = (args.model ?? playerModelKinds.join(',')).split(',').filter(Boolean) as PlayerModelKind[];
for (const k of kinds)
  if (!playerModelKinds.includes(k)) usage(`--model: unknown kind "${k}". Known: ${playerModelKinds.join(', ')}.`);
if ((args.load || args.default) && !args.register) usage('--load and --default go with --register.');

const penalty = (h: { lambda?: number; alpha?: number }) =>
  h.lambda !== undefined ? `λ ${h.lambda.toPrecision(3)}` : h.alpha !== undefined ? `α ${h.alpha}` : '';

const database = await openScriptDatabaseOrExit({
  instead: 'Stop the app first, or set DATABASE_URL to train on a Postgres database.',
});
let failed = false;
try {
  await runMigrations(database);
  const league = await defaultLeague(database.db, 'basketball');
  const rows = league ? await loadPlayerGameRows(database.db, { leagueId: league.id }) : [];
  if (rows.length === 0) {
    console.error('No player lines stored: load the demo data (npm run db:seed) or import player game logs first.');
    failed = true;
  } else {
    console.log(`${rows.length} player lines of ${league?.name}, ${rows[0]?.date} .. ${rows[rows.length - 1]?.date}`);
    const bar = new cliProgress.SingleBar(
      { format: 'training [{bar}] {value}/{total} {step}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    if (args.register && league) {
      bar.start(1, 0, { step: 'features' });
      const rows = await trainAndRegisterPlayerModels(database.db, null, {
        leagueId: league.id,
        kinds,
        onProgress: (done, total, step) => {
          bar.setTotal(total);
          bar.update(done, { step });
        },
      });
      bar.stop();
      const heldOut = (row: (typeof rows)[number]) =>
        (row.metrics as { held_out: { mae: number; baseline_mae: number; coverage: number } }).held_out;
      // --default: each stat's default is its kind with the lowest held-out MAE.
      const best = new Map<string, (typeof rows)[number]>();
      for (const row of rows) {
        const have = best.get(row.task);
        if (!have || heldOut(row).mae < heldOut(have).mae) best.set(row.task, row);
      }
      for (const row of rows) {
        const h = heldOut(row);
        const asDefault = (args.default ?? false) && best.get(row.task) === row;
        if (args.load || args.default) await loadVersion(database.db, null, row.name, row.version, asDefault);
        console.log(
          `${row.name} version ${row.version}: held-out MAE ${h.mae.toFixed(3)} (10-game average ${h.baseline_mae.toFixed(3)}), p10–p90 coverage ${(100 * h.coverage).toFixed(1)}%${args.load || args.default ? `, loaded${asDefault ? ' as the default' : ''}` : ''}`,
        );
      }
    }
    bar.start(1, 0, { step: 'features' });
    const result = backtestPlayerModels(rows, {
      testFrom,
      minPriorGames,
      kinds,
      onProgress: (done, total, step) => {
        bar.setTotal(total);
        bar.update(done, { step });
      },
    });
    bar.stop();
    console.log(
      `train ${result.trainFrom} .. before ${result.testFrom} (${result.trainN} games, residuals from ${result.calibrationFrom}); test ${result.testFrom} .. ${result.testTo} (${result.testN} games)`,
    );
    console.table(
      result.rows.map((r) => ({
        stat: r.stat,
        model: r.kind,
        penalty: penalty(r.artifact.hyperParameters),
        'MAE model': Number(r.mae.toFixed(3)),
        'MAE 10-game avg': Number(r.baselineMae.toFixed(3)),
        'p10–p90 coverage': `${(r.coverage * 100).toFixed(1)}%`,
      })),
    );
  }
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);
