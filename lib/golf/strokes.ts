// Handicap strokes per hole from a Course (or Playing) Handicap and the stroke index
// (WHS Rules of Handicapping, Appendix E). Shared by net scoring and Net Double Bogey.
import { DomainError } from '@/lib/errors';
import { rankOrder } from './permutation';

/**
 * Strokes received on a hole; negative for a plus handicap, which gives strokes back starting at
 * the highest stroke index (a +2 gives back on 17 and 18). Beyond one stroke per hole the
 * allocation starts again at stroke index 1, so 20 on 18 holes means 2 strokes on SI 1 and 2.
 */
export function strokesOnHole(courseHandicap: number, strokeIndex: number, holeCount: number): number {
  if (!Number.isInteger(courseHandicap))
    throw new DomainError('rule_violation', `course handicap must be whole, got ${courseHandicap}`);
  if (strokeIndex < 1 || strokeIndex > holeCount) {
    throw new DomainError('rule_violation', `stroke index ${strokeIndex} is outside 1..${holeCount}`);
  }
  const plus = courseHandicap < 0;
  const n = Math.abs(courseHandicap);
  const full = Math.floor(n / holeCount);
  const rest = n % holeCount;
  if (!plus) return full + (strokeIndex <= rest ? 1 : 0);
  return 0 - (full + (strokeIndex > holeCount - rest ? 1 : 0)); // 0 - x, not -x: no -0 for a scratch hole
}

/** Strokes received on every hole of a card, in hole order. */
export function allocateStrokes(courseHandicap: number, strokeIndex: readonly number[]): number[] {
  return strokeIndex.map((si) => strokesOnHole(courseHandicap, si, strokeIndex.length));
}

/**
 * The stroke index to use for a 9-hole round on an 18-hole card: the nine's holes ranked 1..9 by
 * their 18-hole index, so a 9-hole Course Handicap of 5 strokes the five hardest holes of that nine.
 */
export function nineHoleStrokeIndex(strokeIndex18: readonly number[], nine: 'front' | 'back'): number[] {
  return rankOrder(nine === 'front' ? strokeIndex18.slice(0, 9) : strokeIndex18.slice(9, 18));
}
