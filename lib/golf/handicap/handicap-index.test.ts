import { describe, expect, it } from 'vitest';
import { applyCaps, calculateHandicapIndex, differentialsUsed } from './handicap-index';

describe('differentialsUsed (Rule 5.2a table)', () => {
  it.each([
    [2, null],
    [3, { count: 1, adjustment: -2 }],
    [4, { count: 1, adjustment: -1 }],
    [5, { count: 1, adjustment: 0 }],
    [6, { count: 2, adjustment: -1 }],
    [7, { count: 2, adjustment: 0 }],
    [8, { count: 2, adjustment: 0 }],
    [9, { count: 3, adjustment: 0 }],
    [11, { count: 3, adjustment: 0 }],
    [12, { count: 4, adjustment: 0 }],
    [14, { count: 4, adjustment: 0 }],
    [15, { count: 5, adjustment: 0 }],
    [16, { count: 5, adjustment: 0 }],
    [17, { count: 6, adjustment: 0 }],
    [18, { count: 6, adjustment: 0 }],
    [19, { count: 7, adjustment: 0 }],
    [20, { count: 8, adjustment: 0 }],
  ])('%i scores → %o', (scores, expected) => {
    expect(differentialsUsed(scores)).toEqual(expected);
  });
});

describe('calculateHandicapIndex (Rule 5.2)', () => {
  it('needs three scores', () => {
    expect(calculateHandicapIndex([10, 12])).toBeNull();
  });
  it('takes the lowest minus 2.0 with three scores', () => {
    // Rule 5.2a table: 3 scores → lowest 1, adjustment −2.0.
    expect(calculateHandicapIndex([18.2, 15.1, 20.4])?.value).toBe(13.1);
  });
  it('averages the lowest two minus 1.0 with six scores', () => {
    expect(calculateHandicapIndex([18, 15, 20, 16, 22, 19])?.value).toBe(14.5);
  });
  it('averages the lowest 8 of the most recent 20 and rounds to the tenth', () => {
    // 21 differentials: the oldest (0.0) has left the window. Lowest 8 of the rest: 10.0 ... 10.7.
    const diffs = [0, ...Array.from({ length: 20 }, (_, i) => roundTenth(10 + i / 10))];
    const r = calculateHandicapIndex(diffs);
    expect(r?.average).toBeCloseTo(10.35, 10);
    expect(r?.value).toBe(10.4); // 10.35 rounds up
    expect(r?.used).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

const roundTenth = (x: number) => Math.round(x * 10) / 10;

describe('applyCaps (Rule 5.8)', () => {
  it('soft cap: Low HI 10.0, calculated 14.0 → 13.5', () => {
    // Rule 5.8 soft cap: the increase is 4.0; the first 3.0 stands, the 1.0 beyond it is halved.
    expect(applyCaps(14, 10)).toEqual({ value: 13.5, steps: [{ kind: 'soft_cap', before: 14, after: 13.5 }] });
  });
  it('hard cap: Low HI 10.0, calculated 17.0 → 15.0', () => {
    // The soft cap alone already gives 10 + 3 + 2.0 = 15.0 here, so the hard cap adds no step.
    expect(applyCaps(17, 10).value).toBe(15);
  });
  it('hard cap binds once the soft-capped increase passes 5.0', () => {
    expect(applyCaps(18, 10)).toEqual({
      value: 15,
      steps: [
        { kind: 'soft_cap', before: 18, after: 15.5 },
        { kind: 'hard_cap', before: 15.5, after: 15 },
      ],
    });
  });
  it('rounds half a tenth up under the soft cap', () => {
    expect(applyCaps(14.1, 10).value).toBe(13.6); // 13 + 1.1 / 2 = 13.55
  });
  it('leaves an increase of up to 3.0, a decrease, or a record without Low HI alone', () => {
    expect(applyCaps(13, 10)).toEqual({ value: 13, steps: [] });
    expect(applyCaps(8, 10)).toEqual({ value: 8, steps: [] });
    expect(applyCaps(30, null)).toEqual({ value: 30, steps: [] });
  });
  it('never issues more than 54.0 (Rule 5.3)', () => {
    expect(applyCaps(61.3, null)).toEqual({ value: 54, steps: [{ kind: 'maximum', before: 61.3, after: 54 }] });
  });
});
