// The stroke index the hole screen shows is the one the player on screen receives strokes by: a
// woman's where the tee publishes one, the shared (men's) index otherwise — the rule of
// strokeIndexFor in lib/golf/course.ts, which net and Stableford are scored with on the server.
import type { Gender } from '../courses/course';

export interface TeeStrokeIndexes {
  /** The tee's shared index (the men's). */
  men: readonly number[] | null;
  /** Null where the tee has no separate women's index. */
  women: readonly number[] | null;
}

export function holeStrokeIndex(tee: TeeStrokeIndexes, gender: Gender | undefined, hole: number): number | null {
  const index = gender === 'women' ? (tee.women ?? tee.men) : tee.men;
  return index?.[hole - 1] ?? null;
}
