// The expected-points and win-probability models as stored (JSON artifacts of the model registry)
// and as run: pure arithmetic on the coefficients, so serving and the import need no library.
import { kickoffAsFirstDown, NEXT_SCORES, nextScoreFeatures, type PlaySituation, type WpKnots, winFeatures } from './situation';

export interface LinearFit {
  intercept: number;
  coefficients: number[];
}

export interface EpArtifact {
  format: 'statline.football-ep';
  formatVersion: 1;
  /** One log-odds fit per next score (NEXT_SCORES order) against no score this half. */
  nextScore: LinearFit[];
  /** A kicked try's success: logistic in the distance from the goal line. */
  extraPoint: LinearFit;
  /** A two-point try's success rate. */
  twoPointRate: number;
  trainedOn: { seasons: number[]; plays: number };
}

export interface WpArtifact {
  format: 'statline.football-wp';
  formatVersion: 1;
  /** Win probability reads expected points, so the model carries the one it was fit with. */
  ep: EpArtifact;
  knots: WpKnots;
  /** Log-odds of winning, linear in winFeatures. */
  logit: LinearFit;
  trainedOn: { seasons: number[]; plays: number };
}

const linear = (fit: LinearFit, x: number[]) =>
  x.reduce((sum, v, i) => sum + v * (fit.coefficients[i] ?? Number.NaN), fit.intercept);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probabilities of each next score (NEXT_SCORES order), then of no score this half. */
export function nextScoreProbabilities(model: EpArtifact, s: PlaySituation): number[] {
  const x = nextScoreFeatures(s);
  const z = model.nextScore.map((fit) => linear(fit, x));
  const top = Math.max(0, ...z);
  const e = z.map((v) => Math.exp(v - top));
  const none = Math.exp(-top);
  const total = none + e.reduce((a, b) => a + b, 0);
  return [...e.map((v) => v / total), none / total];
}

export function expectedPoints(model: EpArtifact, s: PlaySituation): number {
  if (s.kind === 'extra_point') return sigmoid(linear(model.extraPoint, [s.yardline100]));
  if (s.kind === 'two_point') return 2 * model.twoPointRate;
  const p = nextScoreProbabilities(model, s.kind === 'kickoff' ? kickoffAsFirstDown(s) : s);
  return NEXT_SCORES.reduce((sum, k, i) => sum + k.points * (p[i] ?? 0), 0);
}

/** The offense's chance of winning, given the expected points of the situation (computed if not given). */
export function winProbability(model: WpArtifact, s: PlaySituation, ep = expectedPoints(model.ep, s)): number {
  return sigmoid(linear(model.logit, winFeatures(s, ep, model.knots)));
}

/** Both values of one situation: what the import stores for a play with no EPA of its own. */
export function scoreSituation(model: WpArtifact, s: PlaySituation): { ep: number; wp: number } {
  const ep = expectedPoints(model.ep, s);
  return { ep, wp: winProbability(model, s, ep) };
}
