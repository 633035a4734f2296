import { describe, expect, it } from 'vitest';
import { adjustedGrossScore, maxHoleScore } from './net-double-bogey';

describe('Net Double Bogey (Rule 3.1)', () => {
  it('caps a hole at par + 2 + strokes received', () => {
    // Course Handicap 20 receives 2 strokes on stroke index 1 and 2, so on a
    // par 5 with stroke index 1 the most that counts is 5 + 2 + 2 = 9; on a par 3 with one stroke, 6.
    expect(maxHoleScore(5, 2)).toBe(9);
    expect(maxHoleScore(3, 1)).toBe(6);
  });
  it('lowers the cap for a plus player giving a stroke back', () => {
    expect(maxHoleScore(4, -1)).toBe(5);
  });
  it('caps at par + 5 for a player without a Handicap Index (Rule 3.1b)', () => {
    expect(maxHoleScore(4, null)).toBe(9);
  });
  it('sums the capped holes into the Adjusted Gross Score', () => {
    const r = adjustedGrossScore([
      { hole: 1, par: 4, strokes: 9, strokes_received: 1 }, // counts 7
      { hole: 2, par: 3, strokes: 4, strokes_received: 0 }, // counts 4
      { hole: 3, par: 5, strokes: 12, strokes_received: null }, // counts 10
    ]);
    expect(r).toEqual({
      ags: 21,
      gross: 25,
      holes: [
        { hole: 1, gross: 9, max: 7, adjusted: 7 },
        { hole: 2, gross: 4, max: 5, adjusted: 4 },
        { hole: 3, gross: 12, max: 10, adjusted: 10 },
      ],
    });
  });
});
