// A golfer's rounds, newest first, with the score so far; and the same rounds hole by hole for the
// CSV export. Scores are summed in SQL: Postgres arrays are 1-based, so tee.par[hole] is the hole's par.
import { and, desc, eq, sql } from 'drizzle-orm';
import { golfCourses, golfHoleScores, golfPostedScores, golfRoundPlayers, golfRounds, golfTees, users } from '@/drizzle/schema';
import { toCsv } from '@/lib/csv';
import type { Db } from '@/lib/db/client';
import { type Viewer, visibleRoundsFilter } from '../privacy';

export async function findGolfer(db: Db, userId: string) {
  const [row] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

/** `viewer`, when given, leaves out the rounds they may not see (shared with a private golfer). */
export async function listPlayerRounds(
  db: Db,
  userId: string,
  opts: { after?: [string, string] | null; limit: number; viewer?: Viewer },
) {
  const rows = await db
    .select({
      roundId: golfRounds.id,
      date: golfRounds.date,
      status: golfRounds.status,
      format: golfRounds.format,
      courseId: golfCourses.id,
      courseName: golfCourses.name,
      teeId: golfTees.id,
      teeName: golfTees.name,
      holes: sql<number>`cardinality(${golfTees.par})`,
      position: golfRoundPlayers.position,
      holesPlayed: sql<number>`(select count(*)::int from ${golfHoleScores} h where h.round_id = ${golfRounds.id} and h.position = ${golfRoundPlayers.position})`,
      gross: sql<
        number | null
      >`(select sum(h.strokes)::int from ${golfHoleScores} h where h.round_id = ${golfRounds.id} and h.position = ${golfRoundPlayers.position})`,
      par: sql<
        number | null
      >`(select sum(${golfTees.par}[h.hole])::int from ${golfHoleScores} h where h.round_id = ${golfRounds.id} and h.position = ${golfRoundPlayers.position})`,
      posted: sql<boolean>`exists (select 1 from ${golfPostedScores} p where p.round_id = ${golfRounds.id} and p.user_id = ${userId})`,
    })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .where(
      and(
        eq(golfRoundPlayers.userId, userId),
        // A round someone else put this golfer in is on their record only once they confirm it.
        eq(golfRoundPlayers.confirmation, 'confirmed'),
        opts.after ? sql`(${golfRounds.date}, ${golfRounds.id}) < (${opts.after[0]}::date, ${opts.after[1]}::uuid)` : undefined,
        opts.viewer === undefined ? undefined : visibleRoundsFilter(opts.viewer),
      ),
    )
    .orderBy(desc(golfRounds.date), desc(golfRounds.id))
    .limit(opts.limit);
  return rows.map((r) => ({
    round_id: r.roundId,
    date: r.date,
    status: r.status,
    format: r.format,
    course: { id: r.courseId, name: r.courseName },
    tee: { id: r.teeId, name: r.teeName },
    holes: r.holes,
    position: r.position,
    holes_played: r.holesPlayed,
    gross: r.gross,
    to_par: r.gross === null || r.par === null ? null : r.gross - r.par,
    posted: r.posted,
  }));
}

export const exportColumns = [
  'round_id',
  'date',
  'course',
  'tee',
  'status',
  'hole',
  'par',
  'yards',
  'stroke_index',
  'strokes',
  'to_par',
  'putts',
  'fairway',
  'penalties',
  'sand',
] as const;

/** One row per hole played by the golfer, oldest round first. */
export async function exportPlayerRounds(db: Db, userId: string, viewer: Viewer): Promise<string> {
  const rows = await db
    .select({
      round_id: golfRounds.id,
      date: golfRounds.date,
      course: golfCourses.name,
      tee: golfTees.name,
      status: golfRounds.status,
      hole: golfHoleScores.hole,
      par: sql<number>`${golfTees.par}[${golfHoleScores.hole}]`,
      yards: sql<number | null>`${golfTees.yardage}[${golfHoleScores.hole}]`,
      stroke_index: sql<number | null>`${golfTees.strokeIndex}[${golfHoleScores.hole}]`,
      strokes: golfHoleScores.strokes,
      putts: golfHoleScores.putts,
      fairway: golfHoleScores.fairway,
      penalties: golfHoleScores.penalties,
      sand: golfHoleScores.sand,
    })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .innerJoin(
      golfHoleScores,
      and(eq(golfHoleScores.roundId, golfRounds.id), eq(golfHoleScores.position, golfRoundPlayers.position)),
    )
    .where(and(eq(golfRoundPlayers.userId, userId), eq(golfRoundPlayers.confirmation, 'confirmed'), visibleRoundsFilter(viewer)))
    .orderBy(golfRounds.date, golfRounds.id, golfHoleScores.hole);
  return toCsv(
    exportColumns,
    rows.map((r) => [
      r.round_id,
      r.date,
      r.course,
      r.tee,
      r.status,
      r.hole,
      r.par,
      r.yards,
      r.stroke_index,
      r.strokes,
      r.strokes - r.par,
      r.putts,
      r.fairway,
      r.penalties,
      r.sand,
    ]),
  );
}

/** Rounds other golfers put this account in that wait for its answer, newest first. */
export async function listRoundsAwaitingConfirmation(db: Db, userId: string) {
  return db
    .select({
      roundId: golfRounds.id,
      date: golfRounds.date,
      status: golfRounds.status,
      courseName: golfCourses.name,
      startedBy: sql<string>`(select name from users u where u.id = ${golfRounds.createdBy})`,
    })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .where(and(eq(golfRoundPlayers.userId, userId), eq(golfRoundPlayers.confirmation, 'pending')))
    .orderBy(desc(golfRounds.date), desc(golfRounds.id))
    .limit(20);
}
