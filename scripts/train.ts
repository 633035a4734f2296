// `npm run train -- game --model logistic|tree|forest|ensemble [--out model.json]`: walk-forward
// scoreboard of that model, then the model trained on every season, written as JSON (stdout
// without --out). `npm run train -- backtest [--model a,b] [--seasons 2016-2018] [--results-only]`:
// the per-season table of every model against the baselines and FiveThirtyEight.
// `npm run train -- register --model logistic [--load] [--default]`: train into the model registry
// (walk-forward metrics over the last three seasons), and load it on every replica.
// Stop the dev server first when using the embedded database (see scripts/import.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openScriptDatabaseOrExit } from '@/lib/db/cli';
import { runMigrations } from '@/lib/db/migrate';
import { defaultLeague } from '@/lib/leagues/queries';
import type { GameModelKind } from '@/lib/predictions/games/artifact';
import { type BacktestProgress, type BacktestReport, loadFeatureRows, runBacktest } from '@/lib/predictions/games/backtest';
import { parseFiveThirtyEight } from '@/lib/predictions/games/fivethirtyeight';
import type { Scoreboard } from '@/lib/predictions/games/metrics';
import '@/lib/predictions/model-kinds';
import { loadVersion } from '@/lib/models/registry';
import { trainAndRegisterGameModel } from '@/lib/predictions/games/register';
import { TRAINABLE_KINDS, trainGameModel } from '@/lib/predictions/games/train';

const FIVETHIRTYEIGHT = path.join(process.cwd(), 'test', 'fixtures', 'predictions', '538-nba-games-2016-2019.csv');
const KINDS: readonly GameModelKind[] = [...TRAINABLE_KINDS, 'elo'];

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm run train -- game --model <${KINDS.join('|')}> [--out file.json] [--seasons 2016-2018] [--results-only]\n` +
      '       npm run train -- backtest [--model logistic,tree,forest,ensemble] [--seasons 2016-2018] [--results-only] [--json file]\n' +
      '       npm run train -- register --model <kind> [--load] [--default] [--league id]',
  );
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        model: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        seasons: { type: 'string', default: '2016-2018' },
        league: { type: 'string' },
        'results-only': { type: 'boolean', default: false },
        load: { type: 'boolean', default: false },
        default: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    return usage(err instanceof Error ? err.message : String(err));
  }
})();
const command = positionals[0];
if (command !== 'game' && command !== 'backtest' && command !== 'register') usage('Name a command: game, backtest or register.');
const kinds = (values.model ?? (command === 'backtest' ? TRAINABLE_KINDS.join(',') : '')).split(',').filter(Boolean);
if (kinds.length === 0) usage('--model: name a model kind.');
for (const k of kinds)
  if (!KINDS.includes(k as GameModelKind)) usage(`--model: unknown kind "${k}". Known: ${KINDS.join(', ')}.`);
const range = /^(\d{4})(?:-(\d{4}))?$/.exec(values.seasons ?? '');
if (!range) usage('--seasons: expected a start year or a range, e.g. 2016-2018 (2016 = the 2016-17 season).');
const seasons: number[] = [];
for (let s = Number(range[1]); s <= Number(range[2] ?? range[1]); s++) seasons.push(s);

const label = (season: number | 'pooled') =>
  season === 'pooled' ? 'pooled' : `${season}-${String((season + 1) % 100).padStart(2, '0')}`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const cell = (s: Scoreboard) => `${pct(s.accuracy)} ${s.brier.toFixed(4)} ${s.logLoss.toFixed(4)}`.padEnd(23);

function printReport(report: BacktestReport): void {
  console.log(`\nWalk-forward, ${report.games} games with features; per cell: accuracy, Brier, log loss`);
  console.log(
    `${'season'.padEnd(8)}${'games'.padEnd(7)}${[...report.runs.map((r) => r.kind), 'elo alone', 'home wins'].map((k) => k.padEnd(23)).join('')}`,
  );
  const first = report.runs[0];
  if (!first) return;
  for (const [i, s] of first.seasons.entries()) {
    const cells = report.runs.map((r) => r.seasons[i]?.model).filter((x): x is Scoreboard => !!x);
    console.log(`${label(s.season).padEnd(8)}${String(s.model.n).padEnd(7)}${[...cells, s.elo, s.home].map(cell).join('')}`);
  }
  const p = first.pooled;
  console.log(
    `${'pooled'.padEnd(8)}${String(p.model.n).padEnd(7)}${[...report.runs.map((r) => r.pooled.model), p.elo, p.home].map(cell).join('')}`,
  );
  if (report.versus538.length > 0) {
    console.log('\nOn the games FiveThirtyEight forecast (joined by date and teams):');
    console.log(
      `${'season'.padEnd(8)}${'games'.padEnd(7)}${['538', ...report.runs.map((r) => r.kind)].map((k) => k.padEnd(23)).join('')}`,
    );
    for (const v of report.versus538)
      console.log(
        `${label(v.season).padEnd(8)}${String(v.theirs.n).padEnd(7)}${[v.theirs, ...Object.values(v.ours)].map(cell).join('')}`,
      );
  }
}

const database = await openScriptDatabaseOrExit({ instead: 'Stop the app and run this again.' });
const bar = new cliProgress.SingleBar(
  { format: '{stage} [{bar}] {percentage}% {value}/{total} {what}', hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let stage = '';
const onProgress = (p: BacktestProgress) => {
  const name = p.stage === 'features' ? 'features' : 'training';
  const what = p.stage === 'train' && p.season ? `${p.kind} for ${label(p.season)}` : '';
  if (stage !== name) {
    if (stage) bar.stop();
    stage = name;
    bar.start(p.total, p.done, { stage: name.padEnd(8), what });
  } else bar.update(p.done, { what });
};
let exitCode = 0;
try {
  await runMigrations(database);
  const league = values.league ? { id: Number(values.league) } : await defaultLeague(database.db, 'basketball');
  if (!league || !Number.isInteger(league.id)) usage('--league: no such league (give its id).');
  if (command === 'register') {
    const row = await trainAndRegisterGameModel(database.db, null, {
      leagueId: league.id,
      kind: kinds[0] as GameModelKind,
      onProgress: (p) => {
        if (stage !== p.stage) {
          if (stage) bar.stop();
          stage = p.stage;
          bar.start(p.total, p.done, { stage: p.stage.padEnd(8), what: '' });
        } else bar.update(p.done);
      },
    });
    bar.stop();
    const pooled = (row.metrics as { walk_forward: { pooled: { model: { accuracy: number; brier: number } } } }).walk_forward
      .pooled.model;
    console.log(`${row.name} version ${row.version}: walk-forward ${pct(pooled.accuracy)}, Brier ${pooled.brier.toFixed(4)}`);
    if (values.load || values.default) {
      await loadVersion(database.db, null, row.name, row.version, values.default);
      console.log(`loaded${values.default ? ' as the default' : ''} on every replica`);
    }
    await database.close();
    process.exit(0);
  }
  const fiveThirtyEight = existsSync(FIVETHIRTYEIGHT) ? parseFiveThirtyEight(readFileSync(FIVETHIRTYEIGHT)) : undefined;
  const started = performance.now();
  const report = await runBacktest(database.db, {
    leagueId: league.id,
    kinds: kinds as GameModelKind[],
    seasons,
    resultsOnly: values['results-only'],
    fiveThirtyEight,
    onProgress,
  });
  bar.stop();
  if (report.games === 0) {
    console.error('No final games with scores in this league: import some first (npm run import -- basketball <file>).');
    exitCode = 1;
  } else {
    // The scoreboard goes to stderr when the artifact goes to stdout, so a pipe gets clean JSON.
    const log = command === 'game' && !values.out ? console.error : console.log;
    const original = console.log;
    console.log = log;
    printReport(report);
    console.log = original;
    if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
    if (command === 'game') {
      const rows = (await loadFeatureRows(database.db, league.id, { resultsOnly: values['results-only'] })).filter(
        (r) => !r.game.postseason,
      );
      const t = performance.now();
      const artifact = { ...trainGameModel(kinds[0] as GameModelKind, rows), walkForward: report.runs[0]?.pooled };
      const trainMs = Math.round(performance.now() - t);
      const json = JSON.stringify(artifact);
      if (values.out) writeFileSync(values.out, json);
      else process.stdout.write(`${json}\n`);
      log(`\n${kinds[0]} trained on ${rows.length} games in ${trainMs} ms${values.out ? `, written to ${values.out}` : ''}`);
    }
    log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  bar.stop();
  await database.close();
}
process.exit(exitCode);
