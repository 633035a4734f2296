// `npx tsx scripts/train-players.ts [--test-from YYYY-MM-DD] [--min-games N]`: train the player
// pts/reb/ast models (linear, ridge, lasso) on the stored NBA player lines and print each one's
// held-out MAE against the rolling 10-game average, and its p10–p90 coverage. Stop the dev server
// first when using the embedded database: two processes must never open one PGlite folder.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { defaultLeague } from '@/lib/leagues/queries';
import { backtestPlayerModels } from '@/lib/predictions/players/backtest';
import { loadPlayerGameRows } from '@/lib/predictions/players/load';

function usage(problem: string): never {
  console.error(`${problem}\nUsage: npx tsx scripts/train-players.ts [--test-from YYYY-MM-DD] [--min-games N]`);
  process.exit(2);
}

let args: { 'test-from'?: string; 'min-games'?: string };
try {
  args = parseArgs({ options: { 'test-from': { type: 'string' }, 'min-games': { type: 'string' } } }).values;
} catch (err) {
  usage((err as Error).message);
}
const testFrom = args['test-from'];
if (testFrom !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(testFrom))
  usage(`--test-from: '${testFrom}' is not a date like 2024-12-15`);
const minPriorGames = args['min-games'] === undefined ? 5 : Number(args['min-games']);
if (!Number.isInteger(minPriorGames) || minPriorGames < 1) usage(`--min-games: '${args['min-games']}' is not a whole number ≥ 1`);

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
    bar.start(1, 0, { step: 'features' });
    const result = backtestPlayerModels(rows, {
      testFrom,
      minPriorGames,
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
