import { describe, expect, it } from 'vitest';
import { sumLines } from './line-totals';
import { countingKeys } from './stats';

const line = (pts: number, min: number | null) => ({
  ...(Object.fromEntries(countingKeys.map((k) => [k, 1])) as Record<(typeof countingKeys)[number], number>),
  pts,
  min,
});

describe('sumLines', () => {
  it('adds every counting stat and the minutes', () => {
    const t = sumLines([line(10, 30), line(7, 18.5)]);
    expect(t?.pts).toBe(17);
    expect(t?.reb).toBe(2);
    expect(t?.min).toBe(48.5);
  });
  it('leaves minutes unknown when a player has none, and no lines give no totals', () => {
    expect(sumLines([line(10, 30), line(2, null)])?.min).toBeNull();
    expect(sumLines([])).toBeUndefined();
  });
});
