// A golfer's own data: everything golf holds about them for their download, and what deleting their
// account erases. The rounds they played stay (other people played in them, and the log is the
// record): their place in each now shows the account's anonymous name, and the name the log copied
// at the start of each round is blanked out the same way.
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  events,
  golfAchievements,
  golfEventEntries,
  golfGolferCourses,
  golfGolferRecords,
  golfGolferRounds,
  golfGolferStats,
  golfPostedScores,
  golfRoundPlayers,
} from '@/drizzle/schema';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { golferAchievements } from './analytics/read';
import { golfEventTypes } from './events/stream-events';
import { roundEventTypes } from './rounds/events';
import { loadRounds } from './rounds/load';
import { golfTags, roundStream } from './tags';

export async function exportGolferData(db: Db, userId: string) {
  const places = await db
    .select({
      roundId: golfRoundPlayers.roundId,
      position: golfRoundPlayers.position,
      confirmation: golfRoundPlayers.confirmation,
    })
    .from(golfRoundPlayers)
    .where(eq(golfRoundPlayers.userId, userId));
  const rounds = await loadRounds(
    db,
    places.map((p) => p.roundId),
  );
  const posted = await db
    .select()
    .from(golfPostedScores)
    .where(eq(golfPostedScores.userId, userId))
    .orderBy(asc(golfPostedScores.date));
  return {
    // Only the golfer's own line of each round: the other players' cards are theirs.
    rounds: rounds
      .map(({ round, course, teeRow, players }) => {
        const place = places.find((p) => p.roundId === round.id);
        const me = players.find((p) => p.position === place?.position);
        return {
          round_id: round.id,
          date: round.date,
          status: round.status,
          format: round.format,
          course: { id: course.id, name: course.name },
          tee: { id: teeRow.id, name: teeRow.name },
          confirmation: place?.confirmation ?? 'confirmed',
          handicap_index: me?.handicapIndex ?? null,
          course_handicap: me?.courseHandicap ?? null,
          holes: me?.holes ?? [],
        };
      })
      .sort((a, b) => a.date.localeCompare(b.date) || a.round_id.localeCompare(b.round_id)),
    posted_scores: posted.map((p) => ({
      round_id: p.roundId,
      date: p.date,
      course: p.course,
      tee: p.tee,
      holes: p.holes,
      gross: p.gross,
      adjusted_gross: p.ags,
      course_rating: p.courseRating,
      slope: p.slope,
      course_handicap: p.courseHandicap,
    })),
    achievements: await golferAchievements(db, userId, 0, 10_000),
  };
}

/** Erases the golfer's profile (aggregates, handicap record, achievements) and their name in round logs. */
export async function eraseGolfer(tx: Db, userId: string, anonymousName: string): Promise<string[]> {
  const rounds = (
    await tx.select({ roundId: golfRoundPlayers.roundId }).from(golfRoundPlayers).where(eq(golfRoundPlayers.userId, userId))
  ).map((r) => r.roundId);
  await tx.delete(golfGolferStats).where(eq(golfGolferStats.userId, userId));
  await tx.delete(golfGolferRounds).where(eq(golfGolferRounds.userId, userId));
  await tx.delete(golfGolferCourses).where(eq(golfGolferCourses.userId, userId));
  await tx.delete(golfAchievements).where(eq(golfAchievements.userId, userId));
  await tx.delete(golfPostedScores).where(eq(golfPostedScores.userId, userId));
  await tx.delete(golfGolferRecords).where(eq(golfGolferRecords.userId, userId));
  // A pending invitation to someone else's round is withdrawn rather than left for no one to answer.
  await tx
    .update(golfRoundPlayers)
    .set({ confirmation: 'declined' })
    .where(and(eq(golfRoundPlayers.userId, userId), eq(golfRoundPlayers.confirmation, 'pending')));
  if (rounds.length > 0) {
    // The one edit the log allows: erasure of a name it copied. Every other field, and the event, stay.
    await tx.execute(sql`
      update ${events} set data = jsonb_set(data, '{players}', (
        select jsonb_agg(case when p->>'user_id' = ${userId} then jsonb_set(p, '{name}', to_jsonb(${anonymousName}::text)) else p end
                         order by ord)
        from jsonb_array_elements(data->'players') with ordinality as x(p, ord)))
      where type = ${roundEventTypes.started}
        and stream in (${sql.join(
          rounds.map((r) => sql`${roundStream(r)}`),
          sql`, `,
        )})`);
  }
  // Event entries copied the account's name, in the entry row and in the event's log.
  await tx.update(golfEventEntries).set({ name: anonymousName }).where(eq(golfEventEntries.userId, userId));
  await tx.execute(sql`
    update ${events} set data = jsonb_set(data, '{entries}', (
      select jsonb_agg(case when e->>'user_id' = ${userId} then jsonb_set(e, '{name}', to_jsonb(${anonymousName}::text)) else e end
                       order by ord)
      from jsonb_array_elements(data->'entries') with ordinality as x(e, ord)))
    where type = ${golfEventTypes.entryAdded} and data->'entries' @> ${JSON.stringify([{ user_id: userId }])}::jsonb`);
  return [golfTags.player(userId), golfTags.analytics(userId), ...rounds.map((r) => golfTags.round(r))];
}

/** After the erasure commits: drop the cached views that showed the golfer. */
export async function forgetGolferViews(tags: string[]): Promise<void> {
  await invalidateTags(tags);
}
