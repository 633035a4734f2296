// The Playing Handicap a round's format gives (WHS Rule 6.2, Appendix C). Every format here is an
// individual competition among the group, so each player plays off their own Course Handicap times
// the format's recommended allowance. Match play keeps 100% and no "off the low": a group of up to
// four is not paired into matches, so whom a player's strokes are given against is not known here.
// Posting never uses this: Net Double Bogey is on the full Course Handicap (Rule 3.1).
import type { Gender, Tee } from '../courses/course';
import { type HandicapFormat, playingHandicap } from '../handicap';
import type { RoundFormat } from './events';
import { exactCourseHandicapFor } from './tee-handicap';

export const formatAllowance: Record<RoundFormat, HandicapFormat> = {
  stroke_play: 'individual_stroke_play',
  stableford: 'individual_stableford',
  match_play: 'individual_match_play',
};

/**
 * The allowance applied to the unrounded Course Handicap of the index on these tees, rounded once
 * (Rule 6.2). Null without a Course Handicap (no index, or a tee unrated for the player).
 */
export function playingHandicapFor(format: RoundFormat, tee: Tee, gender: Gender, handicapIndex: number | null): number | null {
  const exact = exactCourseHandicapFor(tee, gender, handicapIndex);
  return exact === null ? null : playingHandicap(exact, formatAllowance[format]);
}
