// From a played card to a score for the record: check the tee is rated, work out the Course
// Handicap the player had, cap each hole at Net Double Bogey and keep the ratings of the holes played.

import { DomainError } from '@/lib/errors';
import { type Gender, type NineRating, ratingFor, strokeIndexFor, type Tee } from '../courses/course';
import { holesPhrase } from '../hole-list';
import { checkHolesOnCard, type HoleScore } from '../hole-score';
import { allocateStrokes, nineHoleStrokeIndex } from '../strokes';
import { courseHandicap, nineHoleCourseHandicap } from './course-handicap';
import { type AdjustedHole, adjustedGrossScore } from './net-double-bogey';
import type { PostedScore } from './posted-score';

export interface PostingInput {
  date: string;
  course: string;
  tee: Tee;
  gender?: Gender;
  holes: readonly HoleScore[];
  /** Handicap Index in effect when the round was played; null for a player without one (par + 5 cap). */
  handicapIndex: number | null;
  pcc?: number;
}

export interface PostingResult {
  score: PostedScore;
  /** Which nine of an 18-hole card, or null for a full card. */
  nine: 'front' | 'back' | null;
  course_handicap: number | null;
  gross: number;
  holes: AdjustedHole[];
}

export function scoreForPosting(input: PostingInput): PostingResult {
  const { tee, gender = 'men', handicapIndex } = input;
  const cardHoles = tee.par.length;
  const played = checkHolesOnCard(input.holes, cardHoles);
  const rating = ratingFor(tee, gender);
  if (!rating)
    throw new DomainError('rule_violation', `tee "${tee.name}" has no ${gender}'s rating, so its scores cannot be posted`);

  const nine = whichNine(played, cardHoles);
  const used: NineRating | undefined = nine ? rating[nine] : rating;
  if (!used) {
    throw new DomainError(
      'rule_violation',
      `tee "${tee.name}" has no published ${nine} nine rating for ${gender}; a 9-hole score needs one`,
    );
  }
  const offset = nine === 'back' ? 9 : 0;
  const pars = played.map((h) => tee.par[h.hole - 1] as number);
  const par = pars.reduce((a, b) => a + b, 0);
  const isNineHoleScore = nine !== null || cardHoles === 9;

  let ch: number | null = null;
  let received: number[] | null = null;
  if (handicapIndex !== null) {
    const chInput = { handicapIndex, slope: used.slope, courseRating: used.course_rating, par };
    ch = isNineHoleScore ? nineHoleCourseHandicap(chInput) : courseHandicap(chInput);
    const si = strokeIndexFor(tee, gender);
    if (!si)
      throw new DomainError('rule_violation', `tee "${tee.name}" has no stroke index, so Net Double Bogey cannot be applied`);
    received = allocateStrokes(ch, nine ? nineHoleStrokeIndex(si, nine) : si);
  }

  const adjusted = adjustedGrossScore(
    played.map((h, i) => ({
      hole: h.hole,
      par: pars[i] as number,
      strokes: h.strokes,
      strokes_received: received ? (received[h.hole - 1 - offset] as number) : null,
    })),
  );
  return {
    score: {
      date: input.date,
      course: input.course,
      holes: isNineHoleScore ? 9 : 18,
      ags: adjusted.ags,
      course_rating: used.course_rating,
      slope: used.slope,
      ...(input.pcc === undefined ? {} : { pcc: input.pcc }),
    },
    nine,
    course_handicap: ch,
    gross: adjusted.gross,
    holes: adjusted.holes,
  };
}

// 2024 rules: a 9-hole score needs all nine holes of a rated nine, an 18-hole score all eighteen.
// (Rounds of 10-17 holes, which the 2024 rules complete with expected score, are not supported.)
function whichNine(played: readonly HoleScore[], cardHoles: number): 'front' | 'back' | null {
  const have = new Set(played.map((h) => h.hole));
  const complete = (from: number, to: number) => {
    for (let n = from; n <= to; n++) if (!have.has(n)) return false;
    return true;
  };
  if (have.size === cardHoles) return null;
  if (cardHoles === 18 && have.size === 9 && complete(1, 9)) return 'front';
  if (cardHoles === 18 && have.size === 9 && complete(10, 18)) return 'back';
  const missing: number[] = [];
  for (let n = 1; n <= cardHoles; n++) if (!have.has(n)) missing.push(n);
  throw new DomainError(
    'rule_violation',
    `a score for handicap purposes needs all ${cardHoles} holes or one complete nine: missing ${holesPhrase(missing)}`,
  );
}
