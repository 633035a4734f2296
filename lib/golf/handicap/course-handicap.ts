// Course and Playing Handicaps (WHS Rules 6.1, 6.2): how many strokes a Handicap Index is worth on
// particular tees, and the share of them a format allows.
import { DomainError } from '@/lib/errors';
import { STANDARD_SLOPE } from './differential';
import { roundToWhole } from './rounding';

export interface CourseHandicapInput {
  /** Negative for a plus handicap (+2.1 is -2.1). */
  handicapIndex: number;
  slope: number;
  courseRating: number;
  par: number;
}

/**
 * Handicap Index × (Slope / 113) + (Course Rating − Par), not rounded: the Playing Handicap is taken
 * from this value (Rule 6.2), so the allowance is applied before the one rounding, not after a first.
 */
export function exactCourseHandicap({ handicapIndex, slope, courseRating, par }: CourseHandicapInput): number {
  return handicapIndex * (slope / STANDARD_SLOPE) + (courseRating - par);
}

/** The Course Handicap shown and posted with: the exact value rounded to the nearest whole number. */
export function courseHandicap(input: CourseHandicapInput): number {
  return roundToWhole(exactCourseHandicap(input));
}

/** 9-hole Course Handicap, unrounded: half the Handicap Index, with the nine's own rating, slope and par. */
export function exactNineHoleCourseHandicap(input: CourseHandicapInput): number {
  return exactCourseHandicap({ ...input, handicapIndex: input.handicapIndex / 2 });
}

export function nineHoleCourseHandicap(input: CourseHandicapInput): number {
  return roundToWhole(exactNineHoleCourseHandicap(input));
}

// Recommended allowances for the common formats (Appendix C); a committee may set others.
export const handicapAllowances = {
  individual_stroke_play: 0.95,
  individual_stableford: 0.95,
  four_ball_stroke_play: 0.85,
  individual_match_play: 1,
  four_ball_match_play: 0.9,
} as const;
export type HandicapFormat = keyof typeof handicapAllowances;

/**
 * Course Handicap × allowance, rounded to the nearest whole number. Pass the unrounded Course
 * Handicap (exactCourseHandicap): rounding it first and again after the allowance gives a stroke
 * too many or too few (9.587 × 95% = 9.11 → 9, but 10 × 95% = 9.5 → 10).
 */
export function playingHandicap(courseHandicapValue: number, allowance: HandicapFormat | number): number {
  const share = typeof allowance === 'number' ? allowance : handicapAllowances[allowance];
  if (!(share > 0 && share <= 1))
    throw new DomainError('rule_violation', `handicap allowance must be above 0 and at most 100%, got ${share}`);
  return roundToWhole(courseHandicapValue * share);
}
