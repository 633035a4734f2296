// Training one player-stat model on a date window: fit on the earlier part, measure residuals on
// the later part (games the fit never saw) for the p10–p90 interval, then refit on the whole window.
import { fitLinear, type PlayerModelArtifact, type PlayerModelKind, pointEstimate, residualQuantiles } from './artifact';
import { type PlayerExample, type PlayerGameRow, type PlayerStat, playerFeatureNames } from './features';

export type LabelledExample = PlayerExample<PlayerGameRow>;

// Ridge λ as a share of n (ZᵀZ ≈ n·correlation on standardized columns); lasso α in stat units.
const ridgeGrid = [0.001, 0.01, 0.1, 1, 10];
const lassoGrid = [0.003, 0.01, 0.03, 0.1, 0.3];

function hyperGrid(kind: PlayerModelKind, n: number): { lambda?: number; alpha?: number }[] {
  if (kind === 'ridge') return ridgeGrid.map((share) => ({ lambda: share * n }));
  if (kind === 'lasso') return lassoGrid.map((alpha) => ({ alpha }));
  return [{}];
}

const mae = (errors: readonly number[]) => errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;

/**
 * Trains `kind` for `stat` on `examples` (one date window, in date order); examples dated on or
 * after `calibrationFrom` are held out for choosing the penalty and measuring residuals.
 */
export function trainPlayerModel(
  examples: readonly LabelledExample[],
  stat: PlayerStat,
  kind: PlayerModelKind,
  calibrationFrom: string,
): PlayerModelArtifact {
  const fitPart = examples.filter((e) => e.target.date < calibrationFrom);
  const calPart = examples.filter((e) => e.target.date >= calibrationFrom);
  if (fitPart.length === 0 || calPart.length === 0) {
    throw new RangeError(`training needs games both before and from ${calibrationFrom}`);
  }
  const xy = (rows: readonly LabelledExample[]) => ({ x: rows.map((e) => e.features), y: rows.map((e) => e.target[stat]) });
  const fit = xy(fitPart);
  const cal = xy(calPart);

  let best: { hyper: { lambda?: number; alpha?: number }; residuals: number[]; mae: number } | null = null;
  for (const hyper of hyperGrid(kind, fit.x.length)) {
    const { standardization, fit: f } = fitLinear(kind, fit.x, fit.y, hyper);
    const model = { standardization, ...f };
    const residuals = cal.x.map((x, i) => (cal.y[i] ?? 0) - pointEstimate(model, x));
    const score = mae(residuals);
    if (!best || score < best.mae) best = { hyper, residuals, mae: score };
  }
  if (!best) throw new Error('no hyper-parameters to try');

  const all = xy(examples);
  const hyper = kind === 'ridge' ? { lambda: ((best.hyper.lambda ?? 0) / fit.x.length) * all.x.length } : best.hyper;
  const { standardization, fit: f } = fitLinear(kind, all.x, all.y, hyper);
  return {
    kind,
    stat,
    features: [...playerFeatureNames],
    standardization,
    intercept: f.intercept,
    coefficients: f.coefficients,
    hyperParameters: hyper,
    residualQuantiles: residualQuantiles(best.residuals),
    training: {
      from: examples[0]?.target.date ?? '',
      to: examples[examples.length - 1]?.target.date ?? '',
      n: examples.length,
      calibrationFrom,
      calibrationN: calPart.length,
    },
  };
}
