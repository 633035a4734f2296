// Fitting the expected-points and win-probability models to nflscrapR's values. Both are nflscrapR's
// own model forms, so they are fit by ordinary least squares (ml-regression-multivariate-linear):
// the next-score multinomial logit on the log-odds of nflscrapR's next-score probabilities, the
// win-probability GAM on the log-odds of its wp, its smooth terms as hinge bases. Deterministic.
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';
import { type EpArtifact, expectedPoints, type LinearFit, type WpArtifact, winProbability } from './model';
import type { NflscraprPlay } from './nflscrapr';
import { nextScoreFeatures, type WpKnots, winFeatures } from './situation';

export const WP_KNOTS: WpKnots = {
  scoreDiff: [-21, -14, -10, -7, -4, -2, 0, 2, 4, 7, 10, 14, 21],
  seconds: [0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9],
  ratio: [-0.1, -0.03, -0.01, -0.003, 0, 0.003, 0.01, 0.03, 0.1],
};
/** Log-odds are taken of probabilities kept this far from 0 and 1, so a sure thing does not dominate the fit. */
const WP_CLIP = 1e-4;

export type TrainStage = 'expected points' | 'win probability';
export type TrainProgress = (stage: TrainStage, done: number, total: number) => void;

const logit = (p: number) => Math.log(p / (1 - p));

function olsFits(x: number[][], y: number[][]): LinearFit[] {
  const fit = new MultivariateLinearRegression(x, y, { intercept: true, statistics: false });
  // The last row of `weights` holds the intercepts, the others a coefficient per input.
  const w = fit.weights as number[][];
  const outputs = y[0]?.length ?? 0;
  return Array.from({ length: outputs }, (_, k) => ({
    intercept: w[w.length - 1]?.[k] ?? 0,
    coefficients: w.slice(0, w.length - 1).map((row) => row[k] ?? 0),
  }));
}

const seasonsOf = (plays: NflscraprPlay[]) => [...new Set(plays.map((p) => p.season))].sort((a, b) => a - b);

export function trainExpectedPoints(plays: NflscraprPlay[], onProgress?: TrainProgress): EpArtifact {
  const downs = plays.filter(
    (p) => p.situation.down >= 1 && p.situation.kind !== 'kickoff' && p.nextScore?.every((v) => v > 0 && v < 1),
  );
  if (downs.length === 0) throw new Error('no plays with next-score probabilities to train on');
  onProgress?.('expected points', 0, 3);
  const nextScore = olsFits(
    downs.map((p) => nextScoreFeatures(p.situation)),
    downs.map((p) => {
      const probs = p.nextScore as number[];
      const none = probs[probs.length - 1] as number;
      return probs.slice(0, -1).map((v) => Math.log(v / none));
    }),
  );
  onProgress?.('expected points', 1, 3);
  const kicks = plays.filter(
    (p) => p.situation.kind === 'extra_point' && p.extraPointProb !== null && p.extraPointProb > 0 && p.extraPointProb < 1,
  );
  const extraPoint = kicks.length
    ? (olsFits(
        kicks.map((p) => [p.situation.yardline100]),
        kicks.map((p) => [logit(p.extraPointProb as number)]),
      )[0] as LinearFit)
    : { intercept: logit(0.94), coefficients: [0] };
  onProgress?.('expected points', 2, 3);
  const tries = plays.filter((p) => p.situation.kind === 'two_point' && p.ep !== null);
  const twoPointRate = tries.length ? tries.reduce((s, p) => s + (p.ep as number) / 2, 0) / tries.length : 0.48;
  onProgress?.('expected points', 3, 3);
  return {
    format: 'statline.football-ep',
    formatVersion: 1,
    nextScore,
    extraPoint,
    twoPointRate,
    trainedOn: { seasons: seasonsOf(downs), plays: downs.length },
  };
}

export function trainWinProbability(plays: NflscraprPlay[], ep: EpArtifact, onProgress?: TrainProgress): WpArtifact {
  const rows = plays.filter((p) => p.wp !== null);
  if (rows.length === 0) throw new Error('no plays with a win probability to train on');
  const x: number[][] = [];
  const y: number[][] = [];
  for (const [i, p] of rows.entries()) {
    x.push(winFeatures(p.situation, expectedPoints(ep, p.situation), WP_KNOTS));
    y.push([logit(Math.min(1 - WP_CLIP, Math.max(WP_CLIP, p.wp as number)))]);
    if (i % 2000 === 0) onProgress?.('win probability', i, rows.length + 1);
  }
  const [fit] = olsFits(x, y);
  onProgress?.('win probability', rows.length + 1, rows.length + 1);
  return {
    format: 'statline.football-wp',
    formatVersion: 1,
    ep,
    knots: WP_KNOTS,
    logit: fit as LinearFit,
    trainedOn: { seasons: seasonsOf(rows), plays: rows.length },
  };
}

export interface HeldOutErrors {
  ep: { mae: number; plays: number };
  wp: { mae: number; plays: number };
}

/** Mean absolute error against nflscrapR's own ep and wp on the plays given. */
export function heldOutErrors(model: WpArtifact, plays: NflscraprPlay[]): HeldOutErrors {
  let epSum = 0;
  let epN = 0;
  let wpSum = 0;
  let wpN = 0;
  for (const p of plays) {
    const ep = expectedPoints(model.ep, p.situation);
    if (p.ep !== null) {
      epSum += Math.abs(ep - p.ep);
      epN++;
    }
    if (p.wp !== null) {
      wpSum += Math.abs(winProbability(model, p.situation, ep) - p.wp);
      wpN++;
    }
  }
  return { ep: { mae: epN ? epSum / epN : Number.NaN, plays: epN }, wp: { mae: wpN ? wpSum / wpN : Number.NaN, plays: wpN } };
}
