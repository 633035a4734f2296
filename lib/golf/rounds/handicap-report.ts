// A golfer's Handicap Index with its audit trail (every differential, which counted, ESR, caps),
// the finished rounds that were not posted and why, and a what-if for one more score.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { golfCourses, golfGolferRecords, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import { cached } from '@/lib/cache/cached';
import { addDays, todayIn } from '@/lib/dates';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { type Gender, ratingFor } from '../courses/course';
import { type findTee, teeFromRow } from '../courses/queries';
import { auditHandicap, combinedNineHoleRating, type PostedScore, whatIf } from '../handicap';
import { golfTags } from '../tags';
import { loadPostedScores } from './handicap-record';
import { courseHandicapFor } from './tee-handicap';

/** Keyed by the golfer's record version (bumped by every posting write), so no lost invalidation keeps it stale. */
export async function handicapReport(db: Db, userId: string) {
  const [record] = await db
    .select({ version: golfGolferRecords.version })
    .from(golfGolferRecords)
    .where(eq(golfGolferRecords.userId, userId));
  const version = record?.version ?? 0;
  return cached(`golf:handicap:${userId}:${version}`, [golfTags.player(userId)], 3600, async () => {
    const posted = await loadPostedScores(db, userId);
    const audit = auditHandicap(posted.map((p) => p.score));
    const unposted = await db
      .select({ roundId: golfRounds.id, date: golfRounds.date, course: golfCourses.name, note: golfRoundPlayers.postingNote })
      .from(golfRoundPlayers)
      .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
      .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
      .where(and(eq(golfRoundPlayers.userId, userId), isNotNull(golfRoundPlayers.postingNote)))
      .orderBy(desc(golfRounds.date));
    return {
      user_id: userId,
      index: audit.index,
      low_index: audit.low_index,
      calculation: audit.calculation && {
        value: audit.calculation.value,
        average: Math.round(audit.calculation.average * 100) / 100,
        count: audit.calculation.count,
        adjustment: audit.calculation.adjustment,
      },
      caps: audit.caps,
      pending_nine: audit.pending_nine,
      record: audit.rows.map(({ sources, ...row }) => {
        const scores = sources.map((i) => posted[i]).filter((p) => p !== undefined);
        return {
          ...row,
          round_ids: scores.map((p) => p.roundId),
          tee: [...new Set(scores.map((p) => p.tee))].join(' + ') || null,
          gross: scores.reduce((a, p) => a + p.gross, 0),
          ...ratingOf(scores.map((p) => p.score)),
        };
      }),
      not_posted: unposted.map((u) => ({ round_id: u.roundId, date: u.date, course: u.course, reason: u.note ?? '' })),
    };
  });
}

/** The rating a record entry was played against: two combined nines show their combined 18-hole rating. */
function ratingOf(scores: PostedScore[]): { course_rating: number | null; slope: number | null } {
  const [first, second] = scores;
  if (!first) return { course_rating: null, slope: null };
  return second ? combinedNineHoleRating(first, second) : { course_rating: first.course_rating, slope: first.slope };
}

/**
 * What one more score would do. The hypothetical total is taken as already adjusted (there are no
 * holes to cap at Net Double Bogey); it is dated the day after the latest score so it counts as the newest.
 */
export async function handicapWhatIf(
  db: Db,
  userId: string,
  found: NonNullable<Awaited<ReturnType<typeof findTee>>>,
  score: number,
  gender: Gender,
) {
  const tee = teeFromRow(found.tee);
  const rating = ratingFor(tee, gender);
  if (!rating) {
    throw new DomainError(
      'rule_violation',
      `the ${tee.name} tee of ${found.course.name} is unrated for ${gender}, so a score there would not be posted`,
    );
  }
  const posted = await loadPostedScores(db, userId);
  const history: PostedScore[] = posted.map((p) => p.score);
  const last = history.at(-1)?.date;
  const today = todayIn(env().DEFAULT_TIME_ZONE);
  const date = last && last >= today ? addDays(last, 1) : today;
  const hypothetical: PostedScore = {
    date,
    course: found.course.name,
    holes: tee.par.length === 9 ? 9 : 18,
    ags: score,
    course_rating: rating.course_rating,
    slope: rating.slope,
  };
  const result = whatIf(history, hypothetical);
  return {
    score,
    course: { id: found.course.id, name: found.course.name },
    tee: { id: found.tee.id, name: tee.name },
    gender,
    ...result,
    course_handicap: courseHandicapFor(tee, gender, result.current),
    next_course_handicap: courseHandicapFor(tee, gender, result.next),
  };
}
