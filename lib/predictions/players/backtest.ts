// Date-split evaluation of the player models: train on earlier dates, predict the later games in
// date order with features as of the day before, and compare with the rolling 10-game average.
import { type PlayerModelArtifact, type PlayerModelKind, playerModelKinds, predictPlayer } from './artifact';
import { buildPlayerFeatures, type PlayerGameRow, type PlayerStat, playerFeatureNames, playerStats } from './features';
import { type LabelledExample, trainPlayerModel } from './train';

export interface PlayerBacktestOptions {
  /** First test date; default: the date that leaves the last quarter of eligible games to test. */
  testFrom?: string;
  /** Last test date (inclusive); default: the last stored game. */
  testTo?: string;
  /** Games a player needs before one of his games is trained on or predicted (default 5). */
  minPriorGames?: number;
  stats?: readonly PlayerStat[];
  kinds?: readonly PlayerModelKind[];
  /** Keep every test game's prediction (for a per-game backtest answer); off by default. */
  perGame?: boolean;
  onProgress?: (done: number, total: number, step: string) => void;
}

export interface PlayerBacktestGame {
  playerId: number;
  gameId: number;
  date: string;
  actual: number;
  p10: number;
  p50: number;
  p90: number;
  /** The rolling 10-game average the model is compared with. */
  baseline: number;
}

export interface PlayerBacktestRow {
  stat: PlayerStat;
  kind: PlayerModelKind;
  n: number;
  /** Mean absolute error of p50. */
  mae: number;
  baselineMae: number;
  /** Share of test games whose actual value fell within [p10, p90]. */
  coverage: number;
  artifact: PlayerModelArtifact;
  games?: PlayerBacktestGame[];
}

export interface PlayerBacktest {
  trainFrom: string;
  calibrationFrom: string;
  testFrom: string;
  testTo: string;
  trainN: number;
  testN: number;
  rows: PlayerBacktestRow[];
}

/** The date of the example at `share` of the way through (examples in date order). */
function dateAt(examples: readonly LabelledExample[], share: number): string {
  return examples[Math.min(examples.length - 1, Math.floor(examples.length * share))]?.target.date ?? '';
}

const baselineIndex = {
  pts: playerFeatureNames.indexOf('pts_last10'),
  reb: playerFeatureNames.indexOf('reb_last10'),
  ast: playerFeatureNames.indexOf('ast_last10'),
};

function score(
  artifact: PlayerModelArtifact,
  test: readonly LabelledExample[],
  perGame: boolean,
): Omit<PlayerBacktestRow, 'stat' | 'kind' | 'artifact'> {
  const { stat } = artifact;
  let abs = 0;
  let baseAbs = 0;
  let covered = 0;
  const games: PlayerBacktestGame[] = [];
  for (const e of test) {
    const actual = e.target[stat];
    const p = predictPlayer(artifact, e.features);
    const baseline = e.features[baselineIndex[stat]] ?? 0;
    abs += Math.abs(actual - p.p50);
    baseAbs += Math.abs(actual - baseline);
    if (actual >= p.p10 && actual <= p.p90) covered += 1;
    if (perGame) {
      const { playerId, gameId, date } = e.target;
      games.push({ playerId, gameId, date, actual, p10: p.p10, p50: p.p50, p90: p.p90, baseline });
    }
  }
  const n = test.length;
  return { n, mae: abs / n, baselineMae: baseAbs / n, coverage: covered / n, ...(perGame ? { games } : {}) };
}

export function backtestPlayerModels(history: readonly PlayerGameRow[], opts: PlayerBacktestOptions = {}): PlayerBacktest {
  const { minPriorGames = 5, stats = playerStats, kinds = playerModelKinds, onProgress } = opts;
  const examples = buildPlayerFeatures(history).filter((e) => e.priorGames >= minPriorGames);
  const testFrom = opts.testFrom ?? dateAt(examples, 0.75);
  const train = examples.filter((e) => e.target.date < testFrom);
  const test = examples.filter((e) => e.target.date >= testFrom && (!opts.testTo || e.target.date <= opts.testTo));
  if (train.length === 0 || test.length === 0) {
    throw new RangeError(`no games to train on before ${testFrom}, or none to test from it`);
  }
  // The last quarter of the training window is held out for the penalty and the residuals.
  const calibrationFrom = dateAt(train, 0.75);

  const total = stats.length * kinds.length;
  const rows: PlayerBacktestRow[] = [];
  for (const stat of stats) {
    for (const kind of kinds) {
      onProgress?.(rows.length, total, `${stat} ${kind}`);
      const artifact = trainPlayerModel(train, stat, kind, calibrationFrom);
      rows.push({ stat, kind, artifact, ...score(artifact, test, opts.perGame ?? false) });
    }
  }
  onProgress?.(total, total, 'done');
  return {
    trainFrom: train[0]?.target.date ?? '',
    calibrationFrom,
    testFrom,
    testTo: test[test.length - 1]?.target.date ?? '',
    trainN: train.length,
    testN: test.length,
    rows,
  };
}
