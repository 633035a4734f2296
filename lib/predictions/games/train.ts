// Training a game model on feature rows: standardize, fit the kind's classifier with the mljs
// libraries, fit the shared ridge margin model. Deterministic (fixed seeds), so a retrain of the
// same data gives the same artifact.
import { DecisionTreeRegression } from 'ml-cart';
import { Matrix, solve } from 'ml-matrix';
import { RandomForestRegression } from 'ml-random-forest';
import type { GameModelArtifact, GameModelKind, GameModelParams } from './artifact';
import { FEATURES, type GameFeatures } from './features';
import { fitLogisticIrls } from './logistic-irls';

export const TRAINABLE_KINDS = ['logistic', 'tree', 'forest', 'ensemble'] as const;

const LOGISTIC = { l2: 1, maxIterations: 25 };
// ml-cart tries every split point with a full pass (quadratic in rows): trees see a fixed-size
// sample of the most recent games, which also keeps the training window current.
const TREE = { maxDepth: 5, minNumSamples: 60, sampleRows: 4000 };
const FOREST = { nEstimators: 30, maxFeatures: 0.5, maxDepth: 6, minNumSamples: 40, sampleRows: 1500, seed: 18 };
const RIDGE_LAMBDA = 10;

function standardization(x: number[][]): { mean: number[]; std: number[] } {
  const cols = x[0]?.length ?? 0;
  const mean = new Array<number>(cols).fill(0);
  const std = new Array<number>(cols).fill(0);
  for (const row of x) for (let j = 0; j < cols; j++) mean[j] = (mean[j] ?? 0) + (row[j] ?? 0) / x.length;
  for (const row of x) for (let j = 0; j < cols; j++) std[j] = (std[j] ?? 0) + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2 / x.length;
  return { mean, std: std.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** Ridge regression (intercept unpenalized) solved in closed form: (XᵀX + λI)⁻¹ Xᵀy. */
function ridge(z: number[][], y: number[], lambda: number): { intercept: number; coefficients: number[] } {
  const X = new Matrix(z.map((r) => [1, ...r]));
  const Xt = X.transpose();
  const A = Xt.mmul(X);
  for (let j = 1; j < A.rows; j++) A.set(j, j, A.get(j, j) + lambda);
  const beta = solve(A, Xt.mmul(Matrix.columnVector(y))).to1DArray();
  return { intercept: beta[0] ?? 0, coefficients: beta.slice(1) };
}

function fitLogistic(z: number[][], y: number[]): GameModelParams {
  const fit = fitLogisticIrls(z, y, LOGISTIC);
  return { kind: 'logistic', intercept: fit.intercept, coefficients: fit.coefficients };
}

const recent = <T>(rows: T[], n: number) => rows.slice(Math.max(0, rows.length - n));

function fitTree(z: number[][], y: number[]): GameModelParams {
  const tree = new DecisionTreeRegression({ maxDepth: TREE.maxDepth, minNumSamples: TREE.minNumSamples });
  tree.train(recent(z, TREE.sampleRows), recent(y, TREE.sampleRows));
  return { kind: 'tree', tree: JSON.parse(JSON.stringify(tree.toJSON())) };
}

function fitForest(z: number[][], y: number[]): GameModelParams {
  const forest = new RandomForestRegression({
    nEstimators: FOREST.nEstimators,
    maxFeatures: FOREST.maxFeatures,
    seed: FOREST.seed,
    useSampleBagging: true,
    replacement: false,
    noOOB: true,
    treeOptions: { maxDepth: FOREST.maxDepth, minNumSamples: FOREST.minNumSamples },
  });
  forest.train(recent(z, FOREST.sampleRows), recent(y, FOREST.sampleRows));
  return { kind: 'forest', forest: JSON.parse(JSON.stringify(forest.toJSON())) };
}

const hyperparameters: Record<GameModelKind, Record<string, number | string | boolean>> = {
  logistic: { ...LOGISTIC },
  tree: { ...TREE },
  forest: { ...FOREST },
  ensemble: { members: 'logistic,tree,forest' },
  elo: { k: 20, homeCourt: 100 },
  home: {},
};

/** Trains one model of `kind` on the rows (regular-season games with their pre-game features). */
export function trainGameModel(kind: GameModelKind, rows: GameFeatures[]): GameModelArtifact {
  if (rows.length === 0) throw new Error('no games to train on');
  const x = rows.map((r) => FEATURES.map((f) => r.features[f]));
  const y = rows.map((r): number => (r.game.homeScore > r.game.awayScore ? 1 : 0));
  const margins = rows.map((r) => r.game.homeScore - r.game.awayScore);
  const std = standardization(x);
  const z = x.map((row) => row.map((v, j) => (v - (std.mean[j] ?? 0)) / (std.std[j] ?? 1)));
  const base = {
    format: 'statline.game-model' as const,
    formatVersion: 1 as const,
    kind,
    features: [...FEATURES],
    standardization: std,
    margin: ridge(z, margins, RIDGE_LAMBDA),
    hyperparameters: hyperparameters[kind],
    trainedOn: { seasons: [...new Set(rows.map((r) => r.game.season))].sort(), games: rows.length },
  };
  const params = ((): GameModelParams => {
    switch (kind) {
      case 'logistic':
        return fitLogistic(z, y);
      case 'tree':
        return fitTree(z, y);
      case 'forest':
        return fitForest(z, y);
      case 'ensemble':
        return { kind, members: (['logistic', 'tree', 'forest'] as const).map((k) => trainGameModel(k, rows)) };
      case 'elo':
        return { kind };
      case 'home':
        return { kind, homeWinRate: y.reduce((a, b) => a + b, 0) / y.length };
    }
  })();
  return { ...base, params };
}
