// A golfer's analytics as the API shows them: the consumer's aggregates, the trend of the last 20
// rounds and the record per course. Served cache-aside; the consumer invalidates the golfer's tag.
import { asc, desc, eq } from 'drizzle-orm';
import { golfCourses, golfGolferCourses, golfGolferRounds, golfGolferStats } from '@/drizzle/schema';
import { cached } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { readStream } from '@/lib/events/store';
import { golferStream, golfTags } from '../tags';
import type { Achievement } from './achievements';
import { RECENT_ROUNDS } from './aggregate';
import type { AnalyticsView } from './view';

const pct = (made: number, of: number) => (of > 0 ? Math.round((made / of) * 1000) / 1000 : null);

async function load(db: Db, userId: string): Promise<AnalyticsView> {
  const [stats] = await db.select().from(golfGolferStats).where(eq(golfGolferStats.userId, userId));
  const rounds = await db
    .select({ r: golfGolferRounds, course: golfCourses.name })
    .from(golfGolferRounds)
    .innerJoin(golfCourses, eq(golfCourses.id, golfGolferRounds.courseId))
    .where(eq(golfGolferRounds.userId, userId))
    .orderBy(desc(golfGolferRounds.date), desc(golfGolferRounds.finishedPosition));
  const courses = await db
    .select({ c: golfGolferCourses, name: golfCourses.name })
    .from(golfGolferCourses)
    .innerJoin(golfCourses, eq(golfCourses.id, golfGolferCourses.courseId))
    .where(eq(golfGolferCourses.userId, userId))
    .orderBy(desc(golfGolferCourses.lastPlayed), asc(golfGolferCourses.courseId));
  const line = ({ r, course }: (typeof rounds)[number]) => ({
    round_id: r.roundId,
    date: r.date,
    course: { id: r.courseId, name: course },
    holes_played: r.holesPlayed,
    complete: r.complete,
    gross: r.gross,
    to_par: r.gross - r.par,
    putts: r.putts,
    fairway_pct: pct(r.fairwaysHit, r.fairwaysOf),
    green_pct: pct(r.greensHit, r.greensOf),
    penalties: r.penalties,
  });
  const best = rounds.find((x) => x.r.roundId === stats?.bestRoundId);
  return {
    user_id: userId,
    updated_at: stats?.updatedAt.toISOString() ?? null,
    rounds: stats?.rounds ?? 0,
    complete_rounds: stats?.completeRounds ?? 0,
    scoring_average: stats?.scoringAverage ?? null,
    best_round: best ? line(best) : null,
    average_by_par: { par3: stats?.averagePar3 ?? null, par4: stats?.averagePar4 ?? null, par5: stats?.averagePar5 ?? null },
    distribution: (stats?.distribution as AnalyticsView['distribution'] | undefined) ?? {
      eagle_or_better: 0,
      birdie: 0,
      par: 0,
      bogey: 0,
      double: 0,
      triple_plus: 0,
    },
    recent: {
      fairway_pct: stats?.recentFairwayPct ?? null,
      green_pct: stats?.recentGreenPct ?? null,
      putts_per_round: stats?.recentPutts ?? null,
      // Oldest first, as a chart draws them.
      rounds: rounds.slice(0, RECENT_ROUNDS).map(line).reverse(),
    },
    courses: courses.map(({ c, name }) => ({
      course: { id: c.courseId, name },
      rounds: c.rounds,
      complete_rounds: c.completeRounds,
      best_gross: c.bestGross,
      best_round_id: c.bestRoundId,
      average_gross: c.averageGross,
      last_played: c.lastPlayed,
      history: rounds.filter((x) => x.r.courseId === c.courseId).map(line),
    })),
  };
}

export function golferAnalytics(db: Db, userId: string): Promise<AnalyticsView> {
  return cached(`golf:analytics-view:${userId}`, [golfTags.analytics(userId)], 3600, () => load(db, userId));
}

/** The golfer's achievements in the order they were earned; `afterSeq` gives only newer ones (notifications). */
export async function golferAchievements(db: Db, userId: string, afterSeq = 0, limit = 100) {
  const events = await readStream<Achievement>(db, golferStream(userId), { afterSeq, limit });
  return events.map((e) => ({
    id: e.id,
    seq: e.seq,
    kind: e.data.kind,
    round_id: e.data.round_id,
    course: { id: e.data.course_id, name: e.data.course_name },
    date: e.data.date,
    gross: e.data.gross,
    previous: e.data.previous,
    created_at: e.createdAt,
  }));
}
