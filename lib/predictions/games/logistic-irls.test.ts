import { describe, expect, it } from 'vitest';
import { fitLogisticIrls } from './logistic-irls';

const logit = (p: number) => Math.log(p / (1 - p));

describe('logistic regression by IRLS', () => {
  it('matches the closed form for one binary feature: intercept logit(p0), slope logit(p1) − logit(p0)', () => {
    // x = 0: 30 of 100 won; x = 1: 70 of 100 won.
    const z: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 100; i++) {
      z.push([0]);
      y.push(i < 30 ? 1 : 0);
      z.push([1]);
      y.push(i < 70 ? 1 : 0);
    }
    const fit = fitLogisticIrls(z, y, { l2: 0 });
    expect(fit.intercept).toBeCloseTo(logit(0.3), 8);
    expect(fit.coefficients[0]).toBeCloseTo(logit(0.7) - logit(0.3), 8);
    expect(fit.iterations).toBeLessThan(10);
  });

  it('an L2 penalty shrinks the slope toward zero', () => {
    const z = [[-1], [-1], [1], [1], [1], [-1]];
    const y = [0, 0, 1, 1, 0, 1];
    const free = fitLogisticIrls(z, y, { l2: 0 });
    const shrunk = fitLogisticIrls(z, y, { l2: 5 });
    expect(Math.abs(shrunk.coefficients[0] ?? 0)).toBeLessThan(Math.abs(free.coefficients[0] ?? 0));
  });
});
