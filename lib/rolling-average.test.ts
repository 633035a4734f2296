import { describe, expect, it } from 'vitest';
import { rollingAverage } from './rolling-average';

describe('rollingAverage', () => {
  it('averages over a trailing window that is shorter at the start', () => {
    expect(rollingAverage([80, 90, 85, 95], 3)).toEqual([80, 85, 85, 90]);
    expect(rollingAverage([10, 20, 30, 40], 2)).toEqual([10, 15, 25, 35]);
  });

  it('rounds to one decimal and handles the empty and the one-wide cases', () => {
    expect(rollingAverage([1, 2, 2], 3)).toEqual([1, 1.5, 1.7]);
    expect(rollingAverage([4, 7], 1)).toEqual([4, 7]);
    expect(rollingAverage([], 5)).toEqual([]);
  });
});
