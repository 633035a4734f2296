import { describe, expect, it } from 'vitest';
import {
  type HoleEntry,
  sameEntry,
  stepPenalties,
  stepPutts,
  stepStrokes,
  toggleSand,
  withFairway,
  withStrokes,
} from './hole-entry';

const entry = (e: Partial<HoleEntry> = {}): HoleEntry => ({
  strokes: 4,
  putts: null,
  fairway: null,
  penalties: null,
  sand: null,
  ...e,
});

describe('hole entry', () => {
  it('starts an empty hole from par, with no fairway on a par 3', () => {
    expect(stepStrokes(null, 4, 1)).toEqual(entry({ strokes: 5 }));
    expect(stepStrokes(null, 4, -1)).toEqual(entry({ strokes: 3 }));
    expect(withStrokes(null, 3, 3)).toEqual(entry({ strokes: 3, fairway: 'n/a' }));
  });

  it('keeps strokes between 1 and 30', () => {
    expect(stepStrokes(entry({ strokes: 1 }), 4, -1).strokes).toBe(1);
    expect(stepStrokes(entry({ strokes: 30 }), 4, 1).strokes).toBe(30);
  });

  it('fewer strokes squeeze putts, then penalties, so the hole adds up', () => {
    expect(stepStrokes(entry({ strokes: 4, putts: 3, penalties: 1 }), 4, -1)).toMatchObject({
      strokes: 3,
      putts: 2,
      penalties: 1,
    });
    expect(withStrokes(entry({ strokes: 4, putts: 2, penalties: 2 }), 4, 1)).toMatchObject({ putts: 0, penalties: 1 });
  });

  it('steps putts from empty and never past the strokes left after penalties', () => {
    expect(stepPutts(entry(), 1).putts).toBe(1);
    expect(stepPutts(entry(), -1).putts).toBe(0);
    expect(stepPutts(entry({ putts: 0 }), -1).putts).toBe(0);
    expect(stepPutts(entry({ strokes: 3, putts: 2, penalties: 1 }), 1).putts).toBe(2);
  });

  it('steps penalties within the strokes left after putts', () => {
    expect(stepPenalties(entry(), 1).penalties).toBe(1);
    expect(stepPenalties(entry({ penalties: 0 }), -1).penalties).toBe(0);
    expect(stepPenalties(entry({ strokes: 3, putts: 3 }), 1).penalties).toBe(0);
  });

  it('toggles fairway and sand; a par 3 stays n/a', () => {
    expect(withFairway(entry(), 4, 'left').fairway).toBe('left');
    expect(withFairway(entry({ fairway: 'left' }), 4, 'left').fairway).toBeNull();
    expect(withFairway(entry({ fairway: 'left' }), 4, 'hit').fairway).toBe('hit');
    expect(withFairway(entry(), 3, 'hit').fairway).toBe('n/a');
    expect(toggleSand(entry()).sand).toBe(true);
    expect(toggleSand(entry({ sand: true })).sand).toBe(false);
  });

  it('compares holes, treating no penalties and no sand as zero and false', () => {
    expect(sameEntry(entry({ penalties: 0, sand: false }), entry())).toBe(true);
    expect(sameEntry(entry(), entry({ putts: 2 }))).toBe(false);
    expect(sameEntry(null, undefined)).toBe(true);
    expect(sameEntry(entry(), null)).toBe(false);
  });
});
