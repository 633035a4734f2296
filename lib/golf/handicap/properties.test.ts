// Properties that must hold for any scores, checked with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCaps, calculateHandicapIndex, MAX_HANDICAP_INDEX } from './handicap-index';
import { computeHandicapHistory } from './history';
import { adjustedGrossScore } from './net-double-bogey';
import type { PostedScore } from './posted-score';

const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n / 10);

describe('handicap properties', () => {
  it('Adjusted Gross Score is never above gross, and never below it on a hole within the cap', () => {
    const hole = fc.record({
      par: fc.integer({ min: 3, max: 6 }),
      strokes: fc.integer({ min: 1, max: 20 }),
      received: fc.option(fc.integer({ min: -2, max: 4 })),
    });
    fc.assert(
      fc.property(fc.array(hole, { minLength: 1, maxLength: 18 }), (holes) => {
        const r = adjustedGrossScore(
          holes.map((h, i) => ({ hole: i + 1, par: h.par, strokes: h.strokes, strokes_received: h.received })),
        );
        expect(r.ags).toBeLessThanOrEqual(r.gross);
        for (const h of r.holes) expect(h.adjusted).toBe(Math.min(h.gross, h.max));
      }),
    );
  });

  it('a lower differential never raises the calculated index', () => {
    fc.assert(
      fc.property(fc.array(tenths(-5, 60), { minLength: 3, maxLength: 25 }), fc.nat(), tenths(0, 20), (diffs, pick, drop) => {
        const i = pick % diffs.length;
        const lowered = diffs.map((d, j) => (j === i ? Math.round((d - drop) * 10) / 10 : d));
        expect(calculateHandicapIndex(lowered)?.value).toBeLessThanOrEqual(calculateHandicapIndex(diffs)?.value as number);
      }),
    );
  });

  it('caps never raise an index and keep it within 5.0 of the Low HI and at most 54.0', () => {
    fc.assert(
      fc.property(tenths(-5, 80), fc.option(tenths(-5, 54)), (calculated, low) => {
        const { value } = applyCaps(calculated, low);
        expect(value).toBeLessThanOrEqual(calculated);
        expect(value).toBeLessThanOrEqual(MAX_HANDICAP_INDEX);
        if (low !== null && calculated <= MAX_HANDICAP_INDEX) expect(value).toBeLessThanOrEqual(Math.round((low + 5) * 10) / 10);
      }),
    );
  });

  it('no history, however bad, issues an index above 54.0', () => {
    const posted = fc.record({
      day: fc.integer({ min: 0, max: 900 }),
      holes: fc.constantFrom(9 as const, 18 as const),
      over: fc.integer({ min: -5, max: 90 }),
      slope: fc.integer({ min: 55, max: 155 }),
      pcc: fc.integer({ min: -1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(posted, { maxLength: 45 }), (rows) => {
        const scores: PostedScore[] = rows.map((r) => {
          const rating = r.holes === 18 ? 72 : 36;
          return {
            date: new Date(Date.UTC(2023, 0, 1) + r.day * 86_400_000).toISOString().slice(0, 10),
            course: 'Any',
            holes: r.holes,
            ags: Math.max(1, rating + r.over),
            course_rating: rating,
            slope: r.slope,
            pcc: r.pcc,
          };
        });
        for (const rev of computeHandicapHistory(scores).revisions) {
          if (rev.index !== null) expect(rev.index).toBeLessThanOrEqual(MAX_HANDICAP_INDEX);
        }
      }),
      { numRuns: 200 },
    );
  });
});
