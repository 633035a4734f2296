// The three linear fits on standardized features. OLS comes from ml-regression-multivariate-linear
// and ridge's normal equations are solved by ml-matrix; no maintained npm package fits a lasso, so
// its coordinate descent is here (tested against the soft-threshold closed form).
import { Matrix, solve } from 'ml-matrix';
import MultivariateLinearRegression from 'ml-regression-multivariate-linear';

export interface Standardization {
  mean: number[];
  sd: number[];
}

/** Column means and population standard deviations; a constant column gets sd 1 (it standardizes to 0). */
export function fitStandardization(x: readonly number[][]): Standardization {
  const k = x[0]?.length ?? 0;
  const n = x.length;
  const mean = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const row of x) for (let j = 0; j < k; j++) mean[j] = (mean[j] ?? 0) + (row[j] ?? 0) / n;
  for (const row of x) for (let j = 0; j < k; j++) sd[j] = (sd[j] ?? 0) + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2 / n;
  return { mean, sd: sd.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

export function standardize(row: readonly number[], s: Standardization): number[] {
  return row.map((v, j) => (v - (s.mean[j] ?? 0)) / (s.sd[j] ?? 1));
}

export interface LinearFit {
  intercept: number;
  coefficients: number[];
}

/** Ordinary least squares with an intercept. */
export function fitOls(z: readonly number[][], y: readonly number[]): LinearFit {
  const model = new MultivariateLinearRegression(
    z as number[][],
    y.map((v) => [v]),
    { intercept: true, statistics: false },
  );
  const w = model.weights.map((r) => r[0] ?? 0);
  return { intercept: w[w.length - 1] ?? 0, coefficients: w.slice(0, -1) };
}

const meanOf = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * Ridge: minimizes ‖y − b₀ − Zb‖² + λ‖b‖² with the intercept unpenalized, so on centered
 * columns Zc: b = (ZcᵀZc + λI)⁻¹ Zcᵀ(y − ȳ) and b₀ = ȳ − z̄ᵀb.
 */
export function fitRidge(z: readonly number[][], y: readonly number[], lambda: number): LinearFit {
  const ybar = meanOf(y);
  const Z = new Matrix(z as number[][]);
  const colMean = Z.mean('column');
  const Zc = Z.subRowVector(colMean);
  const Zt = Zc.transpose();
  const A = Zt.mmul(Zc).add(Matrix.eye(Zc.columns).mul(lambda));
  const coefficients = solve(A, Zt.mmul(Matrix.columnVector(y.map((v) => v - ybar)))).getColumn(0);
  const intercept = ybar - coefficients.reduce((a, bj, j) => a + bj * (colMean[j] ?? 0), 0);
  return { intercept, coefficients };
}

/**
 * Lasso by cyclic coordinate descent (the glmnet / scikit-learn objective): minimizes
 * (1/2n)‖y − b₀ − Zb‖² + α‖b‖₁ with the intercept unpenalized. Stops when no coefficient moves by more
 * than `tol` in a sweep.
 */
export function fitLasso(
  z: readonly number[][],
  y: readonly number[],
  alpha: number,
  opts: { maxSweeps?: number; tol?: number } = {},
): LinearFit {
  const n = z.length;
  const k = z[0]?.length ?? 0;
  const ybar = meanOf(y);
  // Column-major copies, and the residual kept current as coefficients change.
  const cols = Array.from({ length: k }, (_, j) => Float64Array.from(z, (row) => row[j] ?? 0));
  const colMean = cols.map((c) => c.reduce((a, b) => a + b, 0) / n);
  for (const [j, c] of cols.entries()) for (let i = 0; i < n; i++) c[i] = (c[i] ?? 0) - (colMean[j] ?? 0);
  const norm = cols.map((c) => c.reduce((a, v) => a + v * v, 0) / n);
  const r = Float64Array.from(y, (v) => v - ybar);
  const b = new Array<number>(k).fill(0);
  const { maxSweeps = 5_000, tol = 1e-7 } = opts;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = 0;
    for (let j = 0; j < k; j++) {
      const c = cols[j] as Float64Array;
      const nj = norm[j] ?? 0;
      if (nj === 0) continue;
      const old = b[j] ?? 0;
      let rho = 0;
      for (let i = 0; i < n; i++) rho += (c[i] ?? 0) * (r[i] ?? 0);
      rho = rho / n + nj * old;
      const shrunk = Math.max(0, Math.abs(rho) - alpha);
      // A dropped feature is +0, never −0: the artifact must survive a JSON round trip unchanged.
      const next = shrunk === 0 ? 0 : (Math.sign(rho) * shrunk) / nj;
      if (next !== old) {
        const d = next - old;
        for (let i = 0; i < n; i++) r[i] = (r[i] ?? 0) - d * (c[i] ?? 0);
        b[j] = next;
        moved = Math.max(moved, Math.abs(d));
      }
    }
    if (moved < tol) break;
  }
  // With centered columns the intercept absorbs the column means.
  const intercept = ybar - b.reduce((a, bj, j) => a + bj * (colMean[j] ?? 0), 0);
  return { intercept, coefficients: b };
}
