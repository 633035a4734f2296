import { describe, expect, it } from 'vitest';
import type { Tee } from '../courses/course';
import { playingHandicapFor } from './playing-handicap';
import { courseHandicapFor } from './tee-handicap';

const par72 = [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 4, 3, 5, 4, 4, 3, 4, 5];
const tee = (course_rating: number, slope: number, par = par72): Tee => ({
  name: 'White',
  ratings: { men: { course_rating, slope } },
  par,
});

describe('playingHandicapFor', () => {
  it('applies the allowance to the unrounded Course Handicap and rounds once (Rule 6.2)', () => {
    // The case: 9.3 × 125/113 + (71.3 − 72) = 9.587: Course Handicap 10, but 95% of 9.587
    // is 9.11 → 9 (95% of the rounded 10 would be 9.5 → 10).
    const t = tee(71.3, 125);
    expect(courseHandicapFor(t, 'men', 9.3)).toBe(10);
    expect(playingHandicapFor('stroke_play', t, 'men', 9.3)).toBe(9);
    expect(playingHandicapFor('stableford', t, 'men', 9.3)).toBe(9);
    expect(playingHandicapFor('match_play', t, 'men', 9.3)).toBe(10); // 100% is the Course Handicap
    // Rounding twice errs both ways: 12.9 × 118/113 − 1.1 = 12.371, Course Handicap 12, whose 95% is
    // 11.4 → 11; 95% of 12.371 is 11.75 → 12.
    expect(courseHandicapFor(tee(70.9, 118), 'men', 12.9)).toBe(12);
    expect(playingHandicapFor('stroke_play', tee(70.9, 118), 'men', 12.9)).toBe(12);
  });
  it('rounds a plus handicap the same way, and has nothing without an index or a rating', () => {
    // -2.0 × 130/113 + (73.5 − 72) = -0.801 → Course Handicap -1; 95% = -0.761 → -1.
    expect(playingHandicapFor('stroke_play', tee(73.5, 130), 'men', -2)).toBe(-1);
    expect(playingHandicapFor('match_play', tee(71.3, 125), 'men', null)).toBeNull();
    expect(playingHandicapFor('stroke_play', tee(71.3, 125), 'women', 9.3)).toBeNull();
  });
  it('takes a 9-hole tee from half the index', () => {
    // 9.3 / 2 × 125/113 + (35.6 − 36) = 4.744: Course Handicap 5; 95% = 4.51 → 5; 18.4/2 → 10.177 − 0.4 = 9.777 → 10, 95% = 9.29 → 9.
    const nine = tee(35.6, 125, par72.slice(0, 9));
    expect(playingHandicapFor('stroke_play', nine, 'men', 9.3)).toBe(5);
    expect(courseHandicapFor(nine, 'men', 18.4)).toBe(10);
    expect(playingHandicapFor('stroke_play', nine, 'men', 18.4)).toBe(9);
  });
});
