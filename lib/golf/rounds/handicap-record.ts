// A golfer's scoring record (posted scores) read from Postgres, and the Handicap Index it gives.
import { and, asc, eq, lt, ne } from 'drizzle-orm';
import { type GolfPostedScoreRow, golfPostedScores } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { computeHandicapIndex, type PostedScore } from '../handicap';

export interface PostedRow {
  roundId: string;
  /** With the date and round id, the record's order (see loadPostedScores). */
  postedAt: Date;
  score: PostedScore;
  tee: string;
  gross: number;
  courseHandicap: number | null;
}

/** Oldest first; same-day scores in the order they were posted. */
export async function loadPostedScores(
  db: Db,
  userId: string,
  opts: { before?: string; excludeRoundId?: string } = {},
): Promise<PostedRow[]> {
  const rows = await db
    .select()
    .from(golfPostedScores)
    .where(
      and(
        eq(golfPostedScores.userId, userId),
        opts.before ? lt(golfPostedScores.date, opts.before) : undefined,
        opts.excludeRoundId ? ne(golfPostedScores.roundId, opts.excludeRoundId) : undefined,
      ),
    )
    .orderBy(asc(golfPostedScores.date), asc(golfPostedScores.postedAt), asc(golfPostedScores.roundId));
  return rows.map(toPostedRow);
}

export function toPostedRow(r: GolfPostedScoreRow): PostedRow {
  return {
    roundId: r.roundId,
    postedAt: r.postedAt,
    tee: r.tee,
    gross: r.gross,
    courseHandicap: r.courseHandicap,
    score: {
      date: r.date,
      course: r.course,
      holes: r.holes === 9 ? 9 : 18,
      ags: r.ags,
      course_rating: r.courseRating,
      slope: r.slope,
      ...(r.pcc === null ? {} : { pcc: r.pcc }),
    },
  };
}

/** The Handicap Index in effect on `date`: from the scores of earlier days (WHS revises daily). */
export async function handicapIndexOn(db: Db, userId: string, date: string, excludeRoundId?: string): Promise<number | null> {
  const scores = await loadPostedScores(db, userId, { before: date, excludeRoundId });
  return computeHandicapIndex(scores.map((s) => s.score));
}
