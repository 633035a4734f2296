import { describe, expect, it } from 'vitest';
import { scoreDifferential } from './differential';
import { eighteenHoleFromNine, expectedNineHoleDifferential, nineHoleDifferential } from './nine-hole';
import { roundToTenth, roundToWhole } from './rounding';

describe('scoreDifferential (Rule 5.1)', () => {
  it('applies the Rule 5.1a formula: AGS 85, CR 71.2, slope 131, PCC 0 → 11.9', () => {
    // (113 / 131) × (85 − 71.2 − 0) = 11.90. Published worked examples are in published-examples.test.ts.
    expect(scoreDifferential({ ags: 85, course_rating: 71.2, slope: 131, pcc: 0 })).toBe(11.9);
  });
  it('subtracts the Playing Conditions Calculation', () => {
    // Same round on a day with PCC +1: (113 / 131) × (85 − 71.2 − 1) = 11.04.
    expect(scoreDifferential({ ags: 85, course_rating: 71.2, slope: 131, pcc: 1 })).toBe(11);
  });
  it('can be negative (a score below the course rating)', () => {
    expect(scoreDifferential({ ags: 68, course_rating: 71.2, slope: 131 })).toBe(-2.8);
  });
  it('refuses impossible slopes and PCC values', () => {
    expect(() => scoreDifferential({ ags: 85, course_rating: 71.2, slope: 40 })).toThrow('slope must be 55-155');
    expect(() => scoreDifferential({ ags: 85, course_rating: 71.2, slope: 131, pcc: 4 })).toThrow('PCC');
  });
});

describe('rounding', () => {
  it('rounds halves up toward positive, also for negative values', () => {
    expect(roundToTenth(12.25)).toBe(12.3);
    expect(roundToTenth(-2.25)).toBe(-2.2);
    expect(roundToTenth(-0.04)).toBe(0);
    expect(Object.is(roundToTenth(-0.04), -0)).toBe(false);
    expect(roundToWhole(12.5)).toBe(13);
    expect(roundToWhole(-1.5)).toBe(-1);
  });
});

describe('9-hole scores (2024 Rule 5.1b)', () => {
  it('uses half the PCC for nine holes', () => {
    // (113 / 113) × (44 − 36.8 − 0.5 × 2) = 6.2
    expect(nineHoleDifferential({ ags: 44, course_rating: 36.8, slope: 113, pcc: 2 })).toBe(6.2);
  });
  it('adds the expected nine: Handicap Index 14.0, 9-hole differential 7.2 → 18-hole 15.7', () => {
    // USGA "WHS 2024: Treatment of 9-hole scores" FAQ example (HI 14.0 expects 8.5 over nine holes), as
    // reproduced in public implementations; the USGA does not publish its expected-score table.
    expect(expectedNineHoleDifferential(14)).toBe(8.5);
    expect(eighteenHoleFromNine(7.2, 14)).toBe(15.7);
  });
  it('expects less than nothing of a plus player', () => {
    expect(expectedNineHoleDifferential(-4)).toBe(-0.9);
    expect(expectedNineHoleDifferential(54)).toBe(29.3);
  });
});
