import { describe, expect, it } from 'vitest';
import { holeStrokeIndex } from './stroke-index';

const men = [7, 15, 3, 11, 1, 17, 9, 13, 5, 8, 16, 4, 12, 2, 18, 10, 14, 6];
const women = [5, 13, 9, 1, 11, 17, 3, 15, 7, 6, 14, 10, 2, 12, 18, 4, 16, 8];

describe('holeStrokeIndex', () => {
  it("gives a woman the tee's women's index and a man the shared one", () => {
    const tee = { men, women };
    expect(holeStrokeIndex(tee, 'women', 1)).toBe(5);
    expect(holeStrokeIndex(tee, 'women', 4)).toBe(1);
    expect(holeStrokeIndex(tee, 'men', 4)).toBe(11);
  });

  it("falls back to the shared index where the tee has no women's one, and to none", () => {
    expect(holeStrokeIndex({ men, women: null }, 'women', 4)).toBe(11);
    expect(holeStrokeIndex({ men: null, women: null }, 'women', 4)).toBeNull();
    expect(holeStrokeIndex({ men, women }, undefined, 19)).toBeNull();
  });
});
