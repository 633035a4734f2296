// A trained player-stat model as plain JSON (what the registry will store) and the one pure
// function that turns it and a feature vector into p10/p50/p90 and what drove the answer.
import type { PlayerStat } from './features';
import { fitLasso, fitOls, fitRidge, fitStandardization, type LinearFit, type Standardization, standardize } from './solvers';

export type PlayerModelKind = 'linear' | 'ridge' | 'lasso';
export const playerModelKinds: readonly PlayerModelKind[] = ['linear', 'ridge', 'lasso'];

export interface ResidualQuantiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface PlayerModelArtifact {
  kind: PlayerModelKind;
  stat: PlayerStat;
  /** Feature names in the order `predictPlayer` expects the vector. */
  features: string[];
  standardization: Standardization;
  intercept: number;
  /** One per feature, per standard deviation of that feature. */
  coefficients: number[];
  hyperParameters: { lambda?: number; alpha?: number };
  /** Quantiles of (actual − fitted) on games the fit had not seen. */
  residualQuantiles: ResidualQuantiles;
  training: { from: string; to: string; n: number; calibrationFrom: string; calibrationN: number };
}

export interface FeatureContribution {
  feature: string;
  value: number;
  /** Stat units this feature adds to (or takes from) the prediction against an average input. */
  contribution: number;
}

export interface PlayerPrediction {
  stat: PlayerStat;
  p10: number;
  p50: number;
  p90: number;
  contributions: FeatureContribution[];
}

/** Linear interpolation between order statistics (R's type 7, numpy's default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

export function residualQuantiles(residuals: readonly number[]): ResidualQuantiles {
  const s = [...residuals].sort((a, b) => a - b);
  return { p10: quantile(s, 0.1), p50: quantile(s, 0.5), p90: quantile(s, 0.9) };
}

export function fitLinear(
  kind: PlayerModelKind,
  x: readonly number[][],
  y: readonly number[],
  hyper: { lambda?: number; alpha?: number },
): { standardization: Standardization; fit: LinearFit } {
  const standardization = fitStandardization(x);
  const z = x.map((row) => standardize(row, standardization));
  const fit =
    kind === 'linear' ? fitOls(z, y) : kind === 'ridge' ? fitRidge(z, y, hyper.lambda ?? 0) : fitLasso(z, y, hyper.alpha ?? 0);
  return { standardization, fit };
}

/** The fitted value (before the residual quantiles), from standardization and coefficients. */
export function pointEstimate(
  model: { standardization: Standardization; intercept: number; coefficients: number[] },
  x: readonly number[],
): number {
  const z = standardize(x, model.standardization);
  return z.reduce((a, v, j) => a + v * (model.coefficients[j] ?? 0), model.intercept);
}

const TOP_CONTRIBUTIONS = 5;

/** p10/p50/p90 (never below zero: a player cannot score negative points) and the top drivers. */
export function predictPlayer(artifact: PlayerModelArtifact, featureVector: readonly number[]): PlayerPrediction {
  if (featureVector.length !== artifact.features.length || featureVector.some((v) => !Number.isFinite(v))) {
    throw new RangeError(`expected ${artifact.features.length} finite feature values (${artifact.features.join(', ')})`);
  }
  const z = standardize(featureVector, artifact.standardization);
  const point = z.reduce((a, v, j) => a + v * (artifact.coefficients[j] ?? 0), artifact.intercept);
  const q = artifact.residualQuantiles;
  const at = (r: number) => Math.max(0, point + r);
  const contributions = artifact.features
    .map((feature, j) => ({ feature, value: featureVector[j] ?? 0, contribution: (z[j] ?? 0) * (artifact.coefficients[j] ?? 0) }))
    .filter((c) => c.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
    .slice(0, TOP_CONTRIBUTIONS);
  return { stat: artifact.stat, p10: at(q.p10), p50: at(q.p50), p90: at(q.p90), contributions };
}
