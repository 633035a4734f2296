import { describe, expect, it } from 'vitest';
import { type PlayerModelArtifact, predictPlayer, quantile, residualQuantiles } from './artifact';

const artifact: PlayerModelArtifact = {
  kind: 'ridge',
  stat: 'pts',
  features: ['pts_last10', 'min_last10', 'home'],
  standardization: { mean: [12, 24, 0], sd: [6, 8, 1] },
  intercept: 12,
  coefficients: [5, 1, 0],
  hyperParameters: { lambda: 10 },
  residualQuantiles: { p10: -6, p50: -0.5, p90: 7 },
  training: { from: '2024-10-31', to: '2024-12-15', n: 100, calibrationFrom: '2024-12-03', calibrationN: 25 },
};

describe('quantiles', () => {
  it('interpolate as numpy.quantile does by default', () => {
    // numpy.quantile([1, 2, 3, 4], [0.1, 0.5, 0.9]) → [1.3, 2.5, 3.7]
    expect(quantile([1, 2, 3, 4], 0.1)).toBeCloseTo(1.3, 12);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(residualQuantiles([4, 1, 3, 2])).toEqual({
      p10: quantile([1, 2, 3, 4], 0.1),
      p50: 2.5,
      p90: quantile([1, 2, 3, 4], 0.9),
    });
  });
});

describe('predictPlayer', () => {
  it('adds the residual quantiles to the fitted value', () => {
    // z = (24 − 12)/6 = 2 and (32 − 24)/8 = 1: fitted 12 + 10 + 1 = 23.
    const p = predictPlayer(artifact, [24, 32, 1]);
    expect(p).toMatchObject({ stat: 'pts', p10: 17, p50: 22.5, p90: 30 });
    expect(p.contributions).toEqual([
      { feature: 'pts_last10', value: 24, contribution: 10 },
      { feature: 'min_last10', value: 32, contribution: 1 },
    ]);
  });

  it('never predicts below zero', () => {
    const p = predictPlayer(artifact, [0, 0, 0]);
    expect(p.p10).toBe(0);
    expect(p.p50).toBe(0);
    expect(p.p90).toBeGreaterThanOrEqual(0);
  });

  it('answers the same from the artifact after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(artifact)) as PlayerModelArtifact;
    expect(predictPlayer(copy, [18, 30, -1])).toEqual(predictPlayer(artifact, [18, 30, -1]));
  });

  it('refuses a vector of the wrong length or with a missing value, naming the features', () => {
    expect(() => predictPlayer(artifact, [1, 2])).toThrow(/3 finite feature values \(pts_last10, min_last10, home\)/);
    expect(() => predictPlayer(artifact, [1, Number.NaN, 0])).toThrow(RangeError);
  });
});
