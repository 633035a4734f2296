// 9-hole scores (WHS 2024, Rule 5.1b). Since January 2024 a 9-hole score counts at once: its 9-hole
// Score Differential plus the player's *expected* 9-hole Score Differential for the holes not played
// gives an 18-hole Score Differential. The USGA does not publish the expected-score table; we use
// the linear fit that reproduces the published examples and the values it displays
// (expected = 0.52 × Handicap Index + 1.2, e.g. 14.0 → 8.5). A player with no Handicap Index has
// no expected score, so, as before 2024, two 9-hole scores are combined into one 18-hole score.
import { checkRatingInput, type DifferentialInput, STANDARD_SLOPE } from './differential';
import { roundToTenth, roundToWhole } from './rounding';

/**
 * (113 / Slope) × (AGS − 9-hole Course Rating − ½ PCC), rounded to the nearest tenth. The PCC is a
 * whole-round value, so half of it applies to nine holes.
 */
export function nineHoleDifferential(input: DifferentialInput): number {
  checkRatingInput(input);
  const { ags, course_rating, slope, pcc = 0 } = input;
  return roundToTenth((STANDARD_SLOPE / slope) * (ags - course_rating - 0.5 * pcc));
}

/** Expected Score Differential over nine holes for a Handicap Index (negative for plus). */
export function expectedNineHoleDifferential(handicapIndex: number): number {
  return roundToTenth(0.52 * handicapIndex + 1.2);
}

/** 2024 rule: the nine played plus the expected nine not played. */
export function eighteenHoleFromNine(nineDifferential: number, handicapIndex: number): number {
  return roundToTenth(nineDifferential + expectedNineHoleDifferential(handicapIndex));
}

/** Pre-2024 rule, kept for players with no Handicap Index: two 9-hole differentials added together. */
export function combineNineHoleDifferentials(first: number, second: number): number {
  return roundToTenth(first + second);
}

/**
 * The 18-hole rating two combined nines are played against (Rule 5.1b): the Course Ratings added,
 * the Slope Ratings averaged and rounded to a whole number.
 */
export function combinedNineHoleRating(
  first: { course_rating: number; slope: number },
  second: { course_rating: number; slope: number },
): { course_rating: number; slope: number } {
  return {
    course_rating: roundToTenth(first.course_rating + second.course_rating),
    slope: roundToWhole((first.slope + second.slope) / 2),
  };
}
