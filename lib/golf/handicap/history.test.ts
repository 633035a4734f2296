import { describe, expect, it } from 'vitest';
import { computeHandicapHistory, computeHandicapIndex, lowHandicapIndex, type Revision } from './history';
import type { PostedScore } from './posted-score';

// Course Rating 72.0 and slope 113 make the differential simply AGS − 72.
const eighteen = (date: string, differential: number, course = 'Par 72'): PostedScore => ({
  date,
  course,
  holes: 18,
  ags: 72 + differential,
  course_rating: 72,
  slope: 113,
});
// A nine rated 36.8 / 113 turns a 44 into a 9-hole differential of 7.2.
const nine = (date: string, ags = 44, course = 'Front nine'): PostedScore => ({
  date,
  course,
  holes: 9,
  ags,
  course_rating: 36.8,
  slope: 113,
});
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('computeHandicapHistory', () => {
  it('issues no index before three 18-hole differentials', () => {
    expect(computeHandicapIndex([eighteen(day(0), 20), eighteen(day(1), 20)])).toBeNull();
    expect(computeHandicapIndex([eighteen(day(0), 20), eighteen(day(1), 20), eighteen(day(2), 16)])).toBe(14);
  });

  it('replays scores by date whatever their input order', () => {
    const scores = [eighteen(day(2), 16), eighteen(day(0), 20), eighteen(day(1), 18)];
    expect(computeHandicapHistory(scores).record.map((e) => e.date)).toEqual([day(0), day(1), day(2)]);
  });

  it('judges same-day scores against the index in effect that morning', () => {
    const base = [eighteen(day(0), 20), eighteen(day(1), 20), eighteen(day(2), 20)]; // index 18.0
    const h = computeHandicapHistory([...base, eighteen(day(3), 19), eighteen(day(3), 25)]);
    expect(h.record.slice(3).map((e) => e.index_before)).toEqual([18, 18]);
    expect(h.revisions).toHaveLength(4);
  });

  it('applies an Exceptional Score Reduction of 1.0 to the last 20 differentials (Rule 5.9)', () => {
    // Rule 5.9 illustration: index 20.0, then a 12.0 differential, 8.0 better → −1.0 on every differential.
    const base = [0, 1, 2, 3, 4].map((d) => eighteen(day(d), 20)); // index 20.0 (lowest 1 of 5)
    const h = computeHandicapHistory([...base, eighteen(day(5), 12)]);
    const last = h.record.at(-1);
    expect(last?.esr_triggered).toBe(1);
    expect(h.record.every((e) => e.adjustments.length === 1 && e.adjustments[0]?.amount === 1)).toBe(true);
    // Six scores: average of the lowest two (11.0 and 19.0) − 1.0; without ESR it would be 15.0.
    expect(h.index).toBe(14);
  });

  it('takes 2.0 off for a differential 10.0 or more below the index', () => {
    const base = [0, 1, 2, 3, 4].map((d) => eighteen(day(d), 20));
    const h = computeHandicapHistory([...base, eighteen(day(5), 10)]);
    expect(h.record.at(-1)?.esr_triggered).toBe(2);
    expect(h.index).toBe(12); // (8.0 + 18.0) / 2 − 1.0
  });

  it('does not reduce for a differential 6.9 below', () => {
    const base = [0, 1, 2, 3, 4].map((d) => eighteen(day(d), 20));
    const differential131 = { ...eighteen(day(5), 13), course_rating: 71.9 }; // 85 − 71.9 = 13.1
    expect(computeHandicapHistory([...base, differential131]).record.at(-1)).toMatchObject({
      differential: 13.1,
      esr_triggered: 0,
    });
  });

  it('lets later scores push ESR-adjusted differentials out of the window', () => {
    const base = [0, 1, 2, 3, 4].map((d) => eighteen(day(d), 20));
    const later = Array.from({ length: 20 }, (_, i) => eighteen(day(10 + i), 20));
    const h = computeHandicapHistory([...base, eighteen(day(5), 12), ...later]);
    expect(h.record.slice(-20).every((e) => e.adjustments.length === 0)).toBe(true);
  });

  it('caps the rise against the Low Handicap Index once 20 scores are in', () => {
    // 20 scores of 10.0 on one day → index 10.0 (no earlier index, so no Low HI yet).
    const start = Array.from({ length: 20 }, () => eighteen(day(0), 10));
    const bad = (n: number) => Array.from({ length: n }, (_, i) => eighteen(day(1 + i), 40));
    // 13 bad rounds: the lowest 8 are seven 10.0s and one 40.0 → 13.75 → 13.8; soft cap 10 + 3 + 0.4.
    const h13 = computeHandicapHistory([...start, ...bad(13)]);
    expect(h13.revisions.at(-1)).toMatchObject({ low_index: 10, index: 13.4 });
    expect(h13.revisions.at(-1)?.calculation?.value).toBe(13.8);
    // 20 bad rounds: calculated 40.0, soft cap 26.5, hard cap 15.0.
    const h20 = computeHandicapHistory([...start, ...bad(20)]);
    expect(h20.index).toBe(15);
    expect(h20.revisions.at(-1)?.caps.map((c) => c.kind)).toEqual(['soft_cap', 'hard_cap']);
  });

  it('has no Low HI (so no caps) below 20 scores', () => {
    const h = computeHandicapHistory([...[0, 1, 2].map((d) => eighteen(day(d), 5)), eighteen(day(3), 40), eighteen(day(4), 40)]);
    expect(h.revisions.at(-1)?.low_index).toBeNull();
  });

  it('converts a 9-hole score with the expected nine once there is an index (2024 rule)', () => {
    const base = [eighteen(day(0), 20), eighteen(day(1), 20), eighteen(day(2), 16)]; // index 14.0
    const h = computeHandicapHistory([...base, nine(day(3))]);
    expect(h.record.at(-1)).toMatchObject({
      kind: 'nine_expected',
      differential: 15.7,
      index_before: 14,
      nine: { differentials: [7.2], expected: 8.5 },
    });
  });

  it('combines 9-hole scores in pairs while there is no index (pre-2024 fallback)', () => {
    const h = computeHandicapHistory([nine(day(0)), nine(day(1), 46, 'Back nine'), nine(day(2))]);
    expect(h.record).toHaveLength(1);
    expect(h.record[0]).toMatchObject({
      date: day(1),
      course: 'Front nine + Back nine',
      ags: 90,
      kind: 'nine_combined',
      differential: 16.4, // 7.2 + 9.2
      sources: [0, 1],
    });
    expect(h.pending_nine).toMatchObject({ date: day(2), differential: 7.2, source: 2 });
  });

  it('rejects an invalid score by its position', () => {
    expect(() => computeHandicapHistory([eighteen(day(0), 10), { ...eighteen(day(1), 10), slope: 200 }])).toThrow(
      'score 2: slope must be 55-155',
    );
    expect(() => computeHandicapHistory([{ ...nine(day(0)), course_rating: 72 }])).toThrow('outside 22.5-45 for 9 holes');
  });
});

describe('lowHandicapIndex (Rule 5.7)', () => {
  const rev = (date: string, index: number | null): Revision => ({
    date,
    index,
    scores: 20,
    calculation: null,
    low_index: null,
    caps: [],
  });
  const revisions = [rev('2023-01-01', 8), rev('2023-09-01', 12), rev('2024-03-01', 11), rev('2024-05-31', 9)];

  it('is the lowest index held in the 365 days before the latest score', () => {
    // Window 2023-06-02 .. 2024-05-31: 8.0 was still in effect when it opened.
    expect(lowHandicapIndex(revisions, '2024-06-01')).toBe(8);
    // Window 2023-10-02 .. 2024-09-30: 12.0 (in effect at the start), 11.0, 9.0.
    expect(lowHandicapIndex(revisions, '2024-10-01')).toBe(9);
  });
  it('ignores indexes issued on or after the day of the latest score', () => {
    expect(lowHandicapIndex(revisions, '2024-05-31')).toBe(8);
    expect(lowHandicapIndex([rev('2024-06-01', 3)], '2024-06-01')).toBeNull();
  });
});
