// The golf section's indexes: golfers with rounds on their record, and rounds newest first.
import { and, asc, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { golfCourses, golfGolferStats, golfRoundPlayers, golfRounds, golfTees, users } from '@/drizzle/schema';
import { scopeOf } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { type Viewer, visibleRoundsFilter } from './privacy';

export interface GolferEntry {
  id: string;
  name: string;
  rounds: number;
  scoringAverage: number | null;
  bestGross: number | null;
  lastPlayed: string;
}

/** Golfers with at least one confirmed round that `viewer` may see, by name; `search` matches any part of the name. */
export async function listGolfers(db: Db, viewer: Viewer, opts: { search?: string; limit: number }): Promise<GolferEntry[]> {
  const everyone = viewer !== null && scopeOf(viewer.role, 'golf-private:read') === 'site';
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      rounds: sql<number>`count(distinct ${golfRoundPlayers.roundId})::int`.mapWith(Number),
      scoringAverage: golfGolferStats.scoringAverage,
      bestGross: golfGolferStats.bestGross,
      lastPlayed: sql<string>`max(${golfRounds.date})::text`,
    })
    .from(golfRoundPlayers)
    .innerJoin(users, eq(users.id, golfRoundPlayers.userId))
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .leftJoin(golfGolferStats, eq(golfGolferStats.userId, users.id))
    .where(
      and(
        isNotNull(golfRoundPlayers.userId),
        eq(golfRoundPlayers.confirmation, 'confirmed'),
        sql`${users.deletedAt} is null`,
        everyone ? undefined : viewer ? or(eq(users.golfPublic, true), eq(users.id, viewer.id)) : eq(users.golfPublic, true),
        opts.search ? sql`${users.name} ilike ${`%${opts.search.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
      ),
    )
    .groupBy(users.id, users.name, golfGolferStats.scoringAverage, golfGolferStats.bestGross)
    .orderBy(asc(users.name), asc(users.id))
    .limit(opts.limit);
  return rows;
}

export interface RoundEntry {
  id: string;
  date: string;
  status: 'in_progress' | 'finished';
  course: string;
  tee: string;
  players: string[];
}

/** Rounds `viewer` may see, newest first; `before` is the last row of the previous page (date and id). */
export async function listRounds(
  db: Db,
  viewer: Viewer,
  opts: { before?: { date: string; id: string }; limit: number },
): Promise<RoundEntry[]> {
  const rows = await db
    .select({
      id: golfRounds.id,
      date: golfRounds.date,
      status: golfRounds.status,
      course: golfCourses.name,
      tee: golfTees.name,
      // Players someone else added appear once they confirm (a declined or pending one stays off).
      players: sql<string[]>`coalesce((
        select array_agg(coalesce(u.name, p.guest_name, 'Guest') order by p.position)
        from ${golfRoundPlayers} p left join ${users} u on u.id = p.user_id
        where p.round_id = ${golfRounds.id} and (p.user_id is null or p.confirmation = 'confirmed')
      ), '{}')`,
    })
    .from(golfRounds)
    .innerJoin(golfCourses, eq(golfCourses.id, golfRounds.courseId))
    .innerJoin(golfTees, eq(golfTees.id, golfRounds.teeId))
    .where(
      and(
        visibleRoundsFilter(viewer),
        opts.before
          ? sql`(${golfRounds.date}, ${golfRounds.id}) < (${opts.before.date}::date, ${opts.before.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(golfRounds.date), desc(golfRounds.id))
    .limit(opts.limit);
  return rows;
}
