// A trained game model as plain JSON (what the registry stores) and the one function that answers
// with it. Every kind shares the standardization and a linear margin model, so every answer has an
// expected margin and the same kind of explanation: each feature's points of that margin.
import { DecisionTreeRegression } from 'ml-cart';
import { RandomForestRegression } from 'ml-random-forest';
import { eloMargin, eloWinProbability } from './elo';

export const GAME_MODEL_KINDS = ['logistic', 'tree', 'forest', 'ensemble', 'elo', 'home'] as const;
export type GameModelKind = (typeof GAME_MODEL_KINDS)[number];
/** What a request may name: a kind that answers alone (not the home baseline), or the best loaded one. */
export const GAME_MODEL_CHOICES = ['logistic', 'tree', 'forest', 'ensemble', 'elo', 'best'] as const;
export type GameModelChoice = (typeof GAME_MODEL_CHOICES)[number];

export type GameModelParams =
  | { kind: 'logistic'; intercept: number; coefficients: number[] }
  | { kind: 'tree'; tree: unknown }
  | { kind: 'forest'; forest: unknown }
  | { kind: 'ensemble'; members: GameModelArtifact[] }
  | { kind: 'elo' }
  | { kind: 'home'; homeWinRate: number };

export interface GameModelArtifact {
  format: 'statline.game-model';
  formatVersion: 1;
  kind: GameModelKind;
  features: string[];
  /** z = (x - mean) / std, feature by feature; std 1 for a constant feature. */
  standardization: { mean: number[]; std: number[] };
  /** Ridge regression of the home margin on z: the expected margin and each feature's share of it. */
  margin: { intercept: number; coefficients: number[] };
  params: GameModelParams;
  hyperparameters: Record<string, number | string | boolean>;
  trainedOn: { seasons: number[]; games: number };
}

export interface FeatureContribution {
  feature: string;
  value: number;
  /** Points of expected home margin this feature adds (negative: it favours the visitor). */
  points: number;
}

export interface GamePrediction {
  home_win_probability: number;
  expected_margin: number;
  contributions: FeatureContribution[];
}

export class FeatureVectorError extends Error {
  constructor(
    readonly feature: string,
    problem: string,
  ) {
    super(`feature ${feature}: ${problem}`);
  }
}

/** The artifact's feature values in its order; a missing or non-finite value names the feature. */
export function featureValues(artifact: GameModelArtifact, vector: Record<string, number>): number[] {
  return artifact.features.map((f) => {
    const v = vector[f];
    if (v === undefined) throw new FeatureVectorError(f, 'missing');
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new FeatureVectorError(f, 'must be a finite number');
    return v;
  });
}

export function standardize(artifact: Pick<GameModelArtifact, 'standardization'>, x: number[]): number[] {
  const { mean, std } = artifact.standardization;
  return x.map((v, i) => (v - (mean[i] ?? 0)) / (std[i] || 1));
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));
const clamp = (p: number) => Math.min(0.99, Math.max(0.01, p));

// Reviving a tree or forest from JSON costs more than predicting with it: once per artifact.
const revived = new WeakMap<object, { predict(x: number[][]): number[] }>();
function revive<T extends { predict(x: number[][]): number[] }>(json: unknown, load: (j: unknown) => T) {
  const key = json as object;
  let model = revived.get(key);
  if (!model) {
    model = load(json);
    revived.set(key, model);
  }
  return model;
}

/** The home-win probability of one standardized vector (x raw, z standardized). */
export function probabilityOf(artifact: GameModelArtifact, x: number[], z: number[]): number {
  const p = artifact.params;
  switch (p.kind) {
    case 'logistic':
      return sigmoid(p.intercept + z.reduce((s, v, i) => s + v * (p.coefficients[i] ?? 0), 0));
    case 'tree':
      // Leaves of a regression tree on 0/1 outcomes are win rates; a pure leaf would say 0 or 1.
      return clamp(revive(p.tree, DecisionTreeRegression.load).predict([z])[0] ?? 0.5);
    case 'forest':
      return clamp(revive(p.forest, RandomForestRegression.load).predict([z])[0] ?? 0.5);
    case 'ensemble':
      return p.members.reduce((s, m) => s + probabilityOf(m, x, standardize(m, x)), 0) / p.members.length;
    case 'elo':
      return eloWinProbability(x[artifact.features.indexOf('elo_diff')] ?? 0);
    case 'home':
      return p.homeWinRate;
  }
}

const TOP_CONTRIBUTIONS = 5;

/** Pure: the answer of a model for one feature vector (named values, as the artifact lists them). */
export function predictGame(artifact: GameModelArtifact, vector: Record<string, number>): GamePrediction {
  const x = featureValues(artifact, vector);
  const z = standardize(artifact, x);
  const contributions = artifact.features.map((feature, i) => ({
    feature,
    value: x[i] ?? 0,
    points: (artifact.margin.coefficients[i] ?? 0) * (z[i] ?? 0),
  }));
  const expected =
    artifact.kind === 'elo'
      ? eloMargin(x[artifact.features.indexOf('elo_diff')] ?? 0)
      : artifact.margin.intercept + contributions.reduce((s, c) => s + c.points, 0);
  return {
    home_win_probability: probabilityOf(artifact, x, z),
    expected_margin: expected,
    contributions: contributions
      .filter((c) => c.points !== 0)
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
      .slice(0, TOP_CONTRIBUTIONS),
  };
}
