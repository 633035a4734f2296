// A Handicap Index in strokes on particular tees (WHS Rule 6.1): the tee's rating for the player's
// gender, and the 9-hole rule for a 9-hole tee. Pure, so the Playing Handicap can be taken from it.
import { type Gender, ratingFor, type Tee } from '../courses/course';
import { exactCourseHandicap, exactNineHoleCourseHandicap, roundToWhole } from '../handicap';

/** Course Handicap for these tees, or null when the tee is unrated for the gender or there is no index. */
export function courseHandicapFor(tee: Tee, gender: Gender, handicapIndex: number | null): number | null {
  const exact = exactCourseHandicapFor(tee, gender, handicapIndex);
  return exact === null ? null : roundToWhole(exact);
}

/** The Course Handicap before rounding, which the Playing Handicap is taken from (Rule 6.2). */
export function exactCourseHandicapFor(tee: Tee, gender: Gender, handicapIndex: number | null): number | null {
  const rating = ratingFor(tee, gender);
  if (!rating || handicapIndex === null) return null;
  const par = tee.par.reduce((a, b) => a + b, 0);
  const input = { handicapIndex, slope: rating.slope, courseRating: rating.course_rating, par };
  return tee.par.length === 9 ? exactNineHoleCourseHandicap(input) : exactCourseHandicap(input);
}
