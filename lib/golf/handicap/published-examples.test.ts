import { describe, expect, it } from 'vitest';
import { strokesOnHole } from '../strokes';
import { scoreDifferential } from './differential';
import { applyCaps, calculateHandicapIndex } from './handicap-index';
import { maxHoleScore } from './net-double-bogey';
import { roundToTenth } from './rounding';

// Worked examples published by the USGA and The R&A, reproduced number for number. Each test names
// the page it comes from so a reviewer can check the figures against the source.

describe('Score Differential (Rule 5.1)', () => {
  it('USGA Handicap System manual, Section 10-1a: AGS 95, CR 71.5, slope 125 → 21.2', () => {
    // usga.org "Section 10 USGA Handicap Formula", 10-1a Plus Handicap Differential: (95 − 71.5) × 113 / 125
    // = 21.24 → 21.2. Rule 5.1a keeps this formula and subtracts the PCC, which is 0 here.
    expect(scoreDifferential({ ags: 95, course_rating: 71.5, slope: 125, pcc: 0 })).toBe(21.2);
  });
  it('Rule 5.1c: a minus differential rounds upward toward 0 (−1.54 → −1.5, −1.55 → −1.5)', () => {
    // usga.org Rules of Handicapping, "5.1 Calculation of a Score Differential", 5.1c examples.
    expect(roundToTenth(-1.54)).toBe(-1.5);
    expect(roundToTenth(-1.55)).toBe(-1.5);
  });
});

describe('Net Double Bogey (Rule 3.1)', () => {
  it('USGA FAQ "What is the maximum hole score?": Course Handicap 15, par 4, stroke index 10 → 7', () => {
    // "A player with a Course Handicap of 15 receives one handicap stroke on holes with a stroke index of
    // 1 through 15 … On a par 4 hole with a stroke index of 10, the player's maximum hole score is 7."
    const received = strokesOnHole(15, 10, 18);
    expect(received).toBe(1);
    expect(maxHoleScore(4, received)).toBe(7);
    // The same player gets no stroke on stroke index 16, so double bogey (6) is the cap there.
    expect(maxHoleScore(4, strokesOnHole(15, 16, 18))).toBe(6);
  });
  it('same FAQ: before an index is established the maximum is par + 5', () => {
    expect(maxHoleScore(4, null)).toBe(9);
  });
});

describe('Handicap Index from fewer than 20 scores (Rule 5.2a)', () => {
  it('R&A Rule 5 Interpretations: differentials 15.3, 15.2, 16.6 → initial index 13.2', () => {
    // randa.org Rules of Handicapping, Rule 5 Interpretations: lowest 15.2 − adjustment 2 = 13.2.
    const r = calculateHandicapIndex([15.3, 15.2, 16.6]);
    expect(r?.value).toBe(13.2);
  });
  it('R&A Rule 5 Interpretations: 40.7, 42.4, 36.1 → 34.1, then after 45.9, 43.6, 45.0 → 37.4', () => {
    // Same page: three scores give 36.1 − 2 = 34.1; six scores average the lowest two (36.1, 40.7 → 38.4)
    // and subtract 1 → 37.4.
    const first = [40.7, 42.4, 36.1];
    expect(calculateHandicapIndex(first)?.value).toBe(34.1);
    const six = calculateHandicapIndex([...first, 45.9, 43.6, 45.0]);
    expect(six?.average).toBeCloseTo(38.4, 10);
    expect(six?.value).toBe(37.4);
  });
});

describe('Soft cap and hard cap (Rule 5.8)', () => {
  it('USGA "Cap Examples", soft cap: average of lowest 8 = 11.6, Low HI 6.5 → 10.6', () => {
    // usga.org Rules of Handicapping, "Cap Examples (Soft Cap and Hard Cap)": 11.6 − 6.5 = 5.1;
    // 5.1 − 3.0 = 2.1; 11.6 − 50% × 2.1 = 10.55 → 10.6.
    expect(applyCaps(11.6, 6.5)).toEqual({ value: 10.6, steps: [{ kind: 'soft_cap', before: 11.6, after: 10.6 }] });
  });
  it('USGA "Cap Examples", hard cap: average of lowest 8 = 18.2, Low HI 10.2 → 15.2', () => {
    // Same page: 18.2 − 10.2 = 8.0; the soft cap gives 18.2 − 50% × 5.0 = 15.7, which is more than 5.0
    // above the Low HI, so the hard cap holds the index at 10.2 + 5.0 = 15.2.
    expect(applyCaps(18.2, 10.2)).toEqual({
      value: 15.2,
      steps: [
        { kind: 'soft_cap', before: 18.2, after: 15.7 },
        { kind: 'hard_cap', before: 15.7, after: 15.2 },
      ],
    });
  });
  it('USGA FAQ "Is there a limit on how much my Handicap Index can increase?": Low HI 10.0, 13.4 → 13.2', () => {
    expect(applyCaps(13.4, 10).value).toBe(13.2);
  });
});
