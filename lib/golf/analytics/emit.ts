// Achievements leave the outbox as events on the golfer's stream (golfer:{userId}), after the
// consumer's transaction has committed. The event id is the outbox row's, so appending one twice
// (a crash between the append and marking it sent) stores it once.
import { asc, eq, isNull } from 'drizzle-orm';
import { golfAchievements } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { appendEvent } from '@/lib/events/store';
import { golferStream } from '../tags';

export async function emitPendingAchievements(db: Db, limit = 500): Promise<number> {
  const pending = await db
    .select()
    .from(golfAchievements)
    .where(isNull(golfAchievements.seq))
    .orderBy(asc(golfAchievements.finishedPosition), asc(golfAchievements.kind))
    .limit(limit);
  for (const a of pending) {
    const { event } = await appendEvent(db, golferStream(a.userId), { id: a.eventId, type: a.kind, data: a.data, actorId: null });
    await db.update(golfAchievements).set({ seq: event.seq }).where(eq(golfAchievements.eventId, a.eventId));
  }
  return pending.length;
}
