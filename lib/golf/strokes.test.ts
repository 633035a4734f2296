import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateStrokes, nineHoleStrokeIndex, strokesOnHole } from './strokes';

const si18 = Array.from({ length: 18 }, (_, i) => i + 1);

describe('strokesOnHole (Rules of Handicapping, Appendix E)', () => {
  it('gives one stroke on the holes whose index is at most the handicap', () => {
    expect(allocateStrokes(12, si18)).toEqual([...Array(12).fill(1), ...Array(6).fill(0)]);
  });
  it('starts again at stroke index 1 beyond 18 and 36', () => {
    expect(strokesOnHole(20, 1, 18)).toBe(2);
    expect(strokesOnHole(20, 3, 18)).toBe(1);
    expect(strokesOnHole(40, 4, 18)).toBe(3);
    expect(strokesOnHole(40, 5, 18)).toBe(2);
    expect(strokesOnHole(54, 18, 18)).toBe(3);
  });
  it('makes a plus handicap give strokes back from stroke index 18 down', () => {
    // Appendix E: a plus-2 player gives a stroke back on the holes with stroke index 17 and 18.
    expect(allocateStrokes(-2, si18)).toEqual([...Array(16).fill(0), -1, -1]);
    expect(strokesOnHole(-20, 18, 18)).toBe(-2);
    expect(strokesOnHole(-20, 16, 18)).toBe(-1);
  });
  it('works on nine holes', () => {
    expect(strokesOnHole(10, 1, 9)).toBe(2);
    expect(strokesOnHole(10, 2, 9)).toBe(1);
  });
  it('refuses fractional handicaps and indexes off the card', () => {
    expect(() => strokesOnHole(12.4, 1, 18)).toThrow('course handicap must be whole');
    expect(() => strokesOnHole(12, 19, 18)).toThrow('stroke index 19 is outside 1..18');
  });
  it('ranks a nine of an 18-hole card 1..9', () => {
    expect(nineHoleStrokeIndex([7, 11, 15, 1, 3, 13, 17, 9, 5, 8, 16, 2, 12, 4, 10, 18, 6, 14], 'front')).toEqual([
      4, 6, 8, 1, 2, 7, 9, 5, 3,
    ]);
  });

  it('hands out exactly the handicap, never more on an easier hole (property)', () => {
    const card = fc.constantFrom(9, 18).chain((n) => fc.shuffledSubarray(si18.slice(0, n), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 80 }), card, (ch, si) => {
        const strokes = allocateStrokes(ch, si);
        expect(strokes.reduce((a, b) => a + b, 0)).toBe(ch);
        const byIndex = si.map((s, i) => [s, strokes[i] as number] as const).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < byIndex.length; i++) expect(byIndex[i]?.[1]).toBeLessThanOrEqual(byIndex[i - 1]?.[1] as number);
      }),
    );
  });
});
