import { describe, expect, it } from 'vitest';
import { isThree, toFraction } from './court';

describe('court', () => {
  it('turns a tap into a clamped fraction of the court', () => {
    expect(toFraction(250, 94, 500, 470)).toEqual({ x: 0.5, y: 0.2 });
    expect(toFraction(-5, 600, 500, 470)).toEqual({ x: 0, y: 1 });
  });

  it('tells threes from twos, corners included', () => {
    expect(isThree({ x: 0.5, y: 0.1 })).toBe(false); // under the basket
    expect(isThree({ x: 0.5, y: 0.7 })).toBe(true); // top of the key, 27 ft out
    expect(isThree({ x: 0.02, y: 0.1 })).toBe(true); // left corner
    expect(isThree({ x: 0.1, y: 0.1 })).toBe(false); // baseline inside the corner three
  });
});
