import { describe, expect, it } from 'vitest';
import { auditHandicap, whatIf } from './audit';
import type { PostedScore } from './posted-score';

const score = (n: number, differential: number): PostedScore => ({
  date: new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10),
  course: `Course ${n}`,
  holes: 18,
  ags: 72 + differential,
  course_rating: 72,
  slope: 113,
});

describe('auditHandicap', () => {
  it('marks the window, the counted differentials and the caps', () => {
    // 21 scores: the first leaves the window; the 8 lowest of the rest (4.0 each) count. The early
    // indexes (2.0 at three scores) make the Low HI 2.0, so 4.0 is within the 3.0 allowed before caps.
    const diffs = [30, ...Array(8).fill(4), ...Array(12).fill(9)];
    const a = auditHandicap(diffs.map((d, i) => score(i, d)));
    expect(a.rows).toHaveLength(21);
    expect(a.rows[0]).toMatchObject({ course: 'Course 0', in_window: false, counted: false });
    expect(a.rows.filter((r) => r.counted).map((r) => r.course)).toEqual(Array.from({ length: 8 }, (_, i) => `Course ${i + 1}`));
    expect(a.calculation).toMatchObject({ count: 8, adjustment: 0 });
    expect(a.index).toBe(4);
    expect(a.low_index).toBe(2);
    expect(a.caps).toEqual([]);
  });

  it('shows each Exceptional Score Reduction on the differentials it touched', () => {
    const a = auditHandicap([0, 1, 2, 3, 4].map((n) => score(n, 20)).concat(score(5, 12)));
    expect(a.rows[0]).toMatchObject({
      differential: 20,
      adjusted_differential: 19,
      adjustments: [{ amount: 1, date: '2024-01-06', course: 'Course 5' }],
    });
  });

  it('lists the caps with their before and after values', () => {
    const start = Array.from({ length: 20 }, () => score(0, 10));
    const a = auditHandicap([...start, ...Array.from({ length: 20 }, (_, i) => score(1 + i, 40))]);
    expect(a.low_index).toBe(10);
    expect(a.caps).toEqual([
      { kind: 'soft_cap', before: 40, after: 26.5 },
      { kind: 'hard_cap', before: 26.5, after: 15 },
    ]);
  });
});

describe('whatIf', () => {
  const history = [20, 20, 20, 20, 20].map((d, i) => score(i, d)); // index 20.0

  it('gives the index after one more score without changing the record', () => {
    expect(whatIf(history, score(9, 16))).toEqual({ current: 20, next: 17, change: -3 }); // (16 + 20) / 2 − 1
    expect(history).toHaveLength(5);
  });
  it('includes the Exceptional Score Reduction the round would trigger', () => {
    expect(whatIf(history, score(9, 10))).toEqual({ current: 20, next: 12, change: -8 });
  });
  it('says when the first index would appear', () => {
    expect(whatIf(history.slice(0, 2), score(9, 16))).toEqual({ current: null, next: 14, change: null });
  });
});
