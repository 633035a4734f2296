// The consumer's writes: a golfer's analytics recomputed from the round projections (replace, not
// increment), and the achievements a finished round earned put in the outbox. Both run inside the
// consumer's batch transaction, beside its checkpoint.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import {
  golfAchievements,
  golfCourses,
  golfGolferCourses,
  golfGolferRounds,
  golfGolferStats,
  golfRoundPlayers,
  golfRounds,
  golfTees,
} from '@/drizzle/schema';
import { type Db, rowsOf } from '@/lib/db/client';
import { uuidFrom } from '../ids';
import { loadRounds } from '../rounds/load';
import { summarizeRound } from '../summary';
import { achievementsFor, type FinishedCard } from './achievements';
import { courseStats, golferStats, type RoundFact, toGolferRound } from './aggregate';

async function finishedRoundIds(tx: Db, userId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: golfRounds.id })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(
      and(eq(golfRoundPlayers.userId, userId), eq(golfRounds.status, 'finished'), eq(golfRoundPlayers.confirmation, 'confirmed')),
    );
  return rows.map((r) => r.id);
}

/**
 * A digest of every figure the consumer materialized for the golfer (stats, rounds, courses; not the
 * timestamp). Taken from the stored rows before and after a recompute, so both sides are normalized
 * by Postgres alike (jsonb key order, float text) and only a real change differs.
 */
async function figuresDigest(tx: Db, userId: string): Promise<string> {
  const [row] = rowsOf<{ digest: string }>(
    await tx.execute(sql`
      select md5(concat_ws('|',
        (select (to_jsonb(s) - 'user_id' - 'updated_at')::text from ${golfGolferStats} s where s.user_id = ${userId}),
        (select jsonb_agg(to_jsonb(r) - 'user_id' order by r.round_id)::text from ${golfGolferRounds} r where r.user_id = ${userId}),
        (select jsonb_agg(to_jsonb(c) - 'user_id' order by c.course_id)::text from ${golfGolferCourses} c where c.user_id = ${userId})
      )) as digest`),
  );
  return row?.digest ?? '';
}

export async function recomputeGolfer(tx: Db, userId: string): Promise<void> {
  const digestBefore = await figuresDigest(tx, userId);
  await writeFigures(tx, userId);
  if ((await figuresDigest(tx, userId)) === digestBefore) return;
  // The API shows milliseconds, so a change moves the time by at least one even when two recomputes
  // share a clock reading; a figure left as it was leaves it alone, so it says when they last changed.
  await tx
    .update(golfGolferStats)
    .set({ updatedAt: sql`greatest(now(), ${golfGolferStats.updatedAt} + interval '1 millisecond')` })
    .where(eq(golfGolferStats.userId, userId));
}

async function writeFigures(tx: Db, userId: string): Promise<void> {
  const loaded = await loadRounds(tx, await finishedRoundIds(tx, userId));
  const facts: RoundFact[] = [];
  for (const l of loaded) {
    const me = l.players.find((p) => p.userId === userId);
    if (!me || me.holes.length === 0) continue;
    facts.push({
      round_id: l.round.id,
      date: l.round.date,
      course_id: l.course.id,
      tee_id: l.teeRow.id,
      card_holes: l.tee.par.length,
      finished_position: l.round.finishedPosition ?? 0,
      summary: summarizeRound({ tee: l.tee, holes: me.holes }),
    });
  }
  const rounds = facts.map(toGolferRound);
  await tx.delete(golfGolferRounds).where(eq(golfGolferRounds.userId, userId));
  if (rounds.length) {
    await tx.insert(golfGolferRounds).values(
      rounds.map((r) => ({
        userId,
        roundId: r.round_id,
        date: r.date,
        courseId: r.course_id,
        teeId: r.tee_id,
        holesPlayed: r.holes_played,
        complete: r.complete,
        gross: r.gross,
        par: r.par,
        putts: r.putts,
        fairwaysHit: r.fairways_hit,
        fairwaysOf: r.fairways_of,
        greensHit: r.greens_hit,
        greensOf: r.greens_of,
        penalties: r.penalties,
        finishedPosition: r.finished_position,
      })),
    );
  }
  const s = golferStats(facts);
  const stats = {
    rounds: s.rounds,
    completeRounds: s.complete_rounds,
    scoringAverage: s.scoring_average,
    bestRoundId: s.best_round_id,
    bestGross: s.best_gross,
    averagePar3: s.average_by_par.par3,
    averagePar4: s.average_by_par.par4,
    averagePar5: s.average_by_par.par5,
    distribution: s.distribution,
    recentFairwayPct: s.recent.fairway_pct,
    recentGreenPct: s.recent.green_pct,
    recentPutts: s.recent.putts_per_round,
  };
  await tx
    .insert(golfGolferStats)
    .values({ userId, ...stats })
    .onConflictDoUpdate({ target: golfGolferStats.userId, set: stats });
  await tx.delete(golfGolferCourses).where(eq(golfGolferCourses.userId, userId));
  const courses = courseStats(facts);
  if (courses.length) {
    await tx.insert(golfGolferCourses).values(
      courses.map((c) => ({
        userId,
        courseId: c.course_id,
        rounds: c.rounds,
        completeRounds: c.complete_rounds,
        bestGross: c.best_gross,
        bestRoundId: c.best_round_id,
        averageGross: c.average_gross,
        lastPlayed: c.last_played,
      })),
    );
  }
}

/** Every finished card of the golfer, as snapshotted at each finish. */
async function finishedCards(tx: Db, userId: string): Promise<FinishedCard[]> {
  const rows = await tx
    .select({
      player: golfRoundPlayers,
      round: golfRounds,
      courseName: golfCourses.name,
      cardHoles: sql<number>`cardinality(${golfTees.par})`,
    })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .where(
      and(
        eq(golfRoundPlayers.userId, userId),
        isNotNull(golfRounds.finishedPosition),
        eq(golfRoundPlayers.confirmation, 'confirmed'),
      ),
    )
    .orderBy(asc(golfRounds.finishedPosition));
  return rows.map(({ player, round, courseName, cardHoles }) => ({
    round_id: round.id,
    course_id: round.courseId,
    course_name: courseName,
    date: round.date,
    finished_position: round.finishedPosition ?? 0,
    card_holes: cardHoles,
    holes_played: player.finishHoles ?? 0,
    gross: player.finishGross,
    birdies: player.finishBirdies ?? 0,
    eagles: player.finishEagles ?? 0,
  }));
}

/** Puts the achievements of one finished round into the outbox; their ids make a replay a no-op. */
export async function recordAchievements(tx: Db, userId: string, roundId: string): Promise<number> {
  const cards = await finishedCards(tx, userId);
  const card = cards.find((c) => c.round_id === roundId);
  if (!card) return 0;
  const found = achievementsFor(card, cards);
  if (found.length === 0) return 0;
  await tx
    .insert(golfAchievements)
    .values(
      found.map((a) => ({
        eventId: uuidFrom('achievement', userId, a.kind, a.round_id),
        userId,
        kind: a.kind,
        roundId: a.round_id,
        finishedPosition: card.finished_position,
        data: a,
      })),
    )
    .onConflictDoNothing();
  return found.length;
}
