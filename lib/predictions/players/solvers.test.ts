// The fits against closed forms computed independently of the code under test.
import { describe, expect, it } from 'vitest';
import { fitLasso, fitOls, fitRidge, fitStandardization, standardize } from './solvers';

// Anscombe's first quartet: the published fit is y = 3.0001 + 0.5001x.
const anscombeX = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const anscombeY = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

function noisyPlane(n: number) {
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.sin(i * 1.7) * 4;
    const b = Math.cos(i * 0.9) * 2 + a * 0.3;
    x.push([a, b]);
    y.push(3 + 2 * a - b + Math.sin(i * 12.9898) * 0.5);
  }
  return { x, y };
}

describe('OLS', () => {
  it('reproduces Anscombe I', () => {
    const fit = fitOls(
      anscombeX.map((v) => [v]),
      anscombeY,
    );
    expect(fit.intercept).toBeCloseTo(3.0001, 4);
    expect(fit.coefficients[0]).toBeCloseTo(0.5001, 4);
  });

  it('recovers an exact plane', () => {
    const x = [
      [1, 2],
      [2, 1],
      [3, 5],
      [4, 3],
      [0, 7],
    ];
    const fit = fitOls(
      x,
      x.map(([a = 0, b = 0]) => 1.5 + 2 * a - 3 * b),
    );
    expect(fit.intercept).toBeCloseTo(1.5, 10);
    expect(fit.coefficients[0]).toBeCloseTo(2, 10);
    expect(fit.coefficients[1]).toBeCloseTo(-3, 10);
  });
});

describe('ridge', () => {
  it('one feature: b = Sxy / (Sxx + λ), b₀ = ȳ − b·x̄', () => {
    const n = anscombeX.length;
    const xbar = anscombeX.reduce((a, b) => a + b, 0) / n;
    const ybar = anscombeY.reduce((a, b) => a + b, 0) / n;
    const sxx = anscombeX.reduce((a, v) => a + (v - xbar) ** 2, 0);
    const sxy = anscombeX.reduce((a, v, i) => a + (v - xbar) * ((anscombeY[i] ?? 0) - ybar), 0);
    for (const lambda of [0, 5, 50]) {
      const fit = fitRidge(
        anscombeX.map((v) => [v]),
        anscombeY,
        lambda,
      );
      const b = sxy / (sxx + lambda);
      expect(fit.coefficients[0]).toBeCloseTo(b, 10);
      expect(fit.intercept).toBeCloseTo(ybar - b * xbar, 10);
    }
  });

  it('λ = 0 is OLS; a larger λ shrinks the coefficients', () => {
    const { x, y } = noisyPlane(40);
    const ols = fitOls(x, y);
    const r0 = fitRidge(x, y, 0);
    for (const [j, c] of r0.coefficients.entries()) expect(c).toBeCloseTo(ols.coefficients[j] ?? 0, 8);
    expect(r0.intercept).toBeCloseTo(ols.intercept, 8);
    const norm = (c: number[]) => Math.hypot(...c);
    expect(norm(fitRidge(x, y, 100).coefficients)).toBeLessThan(norm(ols.coefficients));
  });
});

describe('lasso', () => {
  // Orthogonal columns with ZᵀZ = nI: the lasso solution is the soft-thresholded OLS one,
  // b_j = sign(β_j)·max(0, |β_j| − α).
  const z = [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ];
  const y = [7, 2, 1, -2];
  const beta = [(7 + 2 - 1 + 2) / 4, (7 - 2 + 1 + 2) / 4]; // zᵀy / n: 2.5, 2
  const soft = (b: number, a: number) => Math.sign(b) * Math.max(0, Math.abs(b) - a);

  it.each([0, 0.5, 2.2, 3])('α = %s matches the soft threshold', (alpha) => {
    const fit = fitLasso(z, y, alpha);
    expect(fit.coefficients[0]).toBeCloseTo(soft(beta[0] ?? 0, alpha), 8);
    expect(fit.coefficients[1]).toBeCloseTo(soft(beta[1] ?? 0, alpha), 8);
    expect(fit.intercept).toBeCloseTo(2, 8);
  });

  it('α = 0 is OLS on correlated columns', () => {
    const { x, y: target } = noisyPlane(40);
    const s = fitStandardization(x);
    const zs = x.map((r) => standardize(r, s));
    const ols = fitOls(zs, target);
    const lasso = fitLasso(zs, target, 0, { tol: 1e-12, maxSweeps: 100_000 });
    for (const [j, c] of lasso.coefficients.entries()) expect(c).toBeCloseTo(ols.coefficients[j] ?? 0, 6);
  });
});

describe('standardization', () => {
  it('gives mean 0 and population sd 1; a constant column stays finite', () => {
    const x = [
      [1, 5],
      [2, 5],
      [3, 5],
    ];
    const s = fitStandardization(x);
    expect(s.mean).toEqual([2, 5]);
    expect(s.sd[0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
    expect(s.sd[1]).toBe(1);
    expect(standardize([3, 5], s)).toEqual([1 / Math.sqrt(2 / 3), 0]);
  });
});
