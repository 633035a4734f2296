import { describe, expect, it } from 'vitest';
import {
  courseHandicap,
  exactCourseHandicap,
  exactNineHoleCourseHandicap,
  nineHoleCourseHandicap,
  playingHandicap,
} from './course-handicap';

describe('courseHandicap (Rule 6.1)', () => {
  it('applies the Rule 6.1 formula: HI 12.4, slope 125, CR 70.5, par 72 → 12', () => {
    // USGA Rules of Handicapping, Rule 6.1 formula: 12.4 × 125 / 113 + (70.5 − 72) = 13.72 − 1.5 = 12.22 → 12.
    expect(courseHandicap({ handicapIndex: 12.4, slope: 125, courseRating: 70.5, par: 72 })).toBe(12);
  });
  it('keeps plus handicaps negative', () => {
    // +3.0 on a slope-140 course rated 73.1, par 72: −3.72 + 1.1 = −2.62 → −3 (a "plus 3").
    expect(courseHandicap({ handicapIndex: -3, slope: 140, courseRating: 73.1, par: 72 })).toBe(-3);
  });
  it('halves the index for a 9-hole Course Handicap', () => {
    // 6.2 × 124 / 113 + (35.4 − 36) = 6.80 − 0.6 = 6.2 → 6
    expect(nineHoleCourseHandicap({ handicapIndex: 12.4, slope: 124, courseRating: 35.4, par: 36 })).toBe(6);
  });
});

describe('playingHandicap (Rule 6.2, Appendix C allowances)', () => {
  it('applies the format allowance and rounds', () => {
    expect(playingHandicap(12, 'individual_stroke_play')).toBe(11); // 11.4
    expect(playingHandicap(20, 'four_ball_stroke_play')).toBe(17); // 17.0
    expect(playingHandicap(15, 'four_ball_match_play')).toBe(14); // 13.5 rounds up
    expect(playingHandicap(15, 'individual_match_play')).toBe(15);
    expect(playingHandicap(21, 'individual_stableford')).toBe(20); // 19.95
    expect(playingHandicap(30, 0.75)).toBe(23); // 22.5
  });
  it('refuses allowances outside (0, 100%]', () => {
    expect(() => playingHandicap(10, 1.2)).toThrow('allowance');
  });
});

describe('exactCourseHandicap', () => {
  it('is the Rule 6.1 value before rounding, which the Playing Handicap is taken from', () => {
    const input = { handicapIndex: 9.3, slope: 125, courseRating: 71.3, par: 72 };
    expect(exactCourseHandicap(input)).toBeCloseTo(9.5876, 4);
    expect(courseHandicap(input)).toBe(10);
    expect(playingHandicap(exactCourseHandicap(input), 'individual_stroke_play')).toBe(9); // 9.108
    expect(exactNineHoleCourseHandicap({ handicapIndex: 12.4, slope: 124, courseRating: 35.4, par: 36 })).toBeCloseTo(6.2035, 4);
  });
});
