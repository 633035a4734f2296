// Recomputes a round's projection from its log: after a projection fix, or to prove the stored rows
// are what the log says. One transaction per round, under the lock appends take, so no hole can land
// between reading the log and writing the rows. The round's row is replayed over, not deleted:
// analytics rows refer to it.
import { and, asc, eq, sql } from 'drizzle-orm';
import { golfHoleScores, golfPostedScores, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { readStream } from '@/lib/events/store';
import { roundStream } from '../tags';
import { lockRecords } from './posting';
import { projectRoundEvent } from './project';

async function readAll(tx: Db, stream: string): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (;;) {
    const page = await readStream(tx, stream, { afterSeq: out.at(-1)?.seq ?? 0, limit: 10_000 });
    out.push(...page);
    if (page.length < 10_000) return out;
  }
}

/** Every projected row of the round, in a stable order: what a rebuild must reproduce. */
export async function roundRows(db: Db, roundId: string) {
  // The posting version only counts writes (a cache key, see read.ts): a replay moves it on.
  const players = await db
    .select()
    .from(golfRoundPlayers)
    .where(eq(golfRoundPlayers.roundId, roundId))
    .orderBy(asc(golfRoundPlayers.position));
  return {
    round: await db.select().from(golfRounds).where(eq(golfRounds.id, roundId)),
    players: players.map(({ postingVersion: _, ...row }) => row),
    holes: await db
      .select()
      .from(golfHoleScores)
      .where(eq(golfHoleScores.roundId, roundId))
      .orderBy(asc(golfHoleScores.position), asc(golfHoleScores.hole)),
    posted: await db
      .select()
      .from(golfPostedScores)
      .where(eq(golfPostedScores.roundId, roundId))
      .orderBy(asc(golfPostedScores.userId)),
  };
}

export async function rebuildRound(db: Db, roundId: string): Promise<{ changed: boolean; events: number }> {
  const { tags, changed, events } = await db.transaction(async (t) => {
    await t.execute(sql`select pg_advisory_xact_lock(hashtextextended(${roundStream(roundId)}, 0))`);
    const before = await roundRows(t, roundId);
    // Before deleting rows: a correction to another round of these golfers re-posts this one under
    // their locks, so taking them only when the finish is replayed could deadlock with it.
    await lockRecords(
      t,
      before.players.flatMap((p) => (p.userId ? [p.userId] : [])),
    );
    const log = await readAll(t, roundStream(roundId));
    const versions = await t
      .select({ position: golfRoundPlayers.position, version: golfRoundPlayers.postingVersion })
      .from(golfRoundPlayers)
      .where(eq(golfRoundPlayers.roundId, roundId));
    await t.delete(golfHoleScores).where(eq(golfHoleScores.roundId, roundId));
    await t.delete(golfPostedScores).where(eq(golfPostedScores.roundId, roundId));
    await t.delete(golfRoundPlayers).where(eq(golfRoundPlayers.roundId, roundId));
    const touched = new Set<string>();
    // The stored rows may be stale (the reason to rebuild), and so may later rounds posted from
    // them: those are all re-posted, not only where the index moved from what is stored.
    for (const event of log) for (const tag of await projectRoundEvent(t, event, { repostAll: true })) touched.add(tag);
    // Past every version the view was cached under, so no entry from before the rebuild is reused.
    for (const { position, version } of versions) {
      await t
        .update(golfRoundPlayers)
        .set({ postingVersion: sql`${golfRoundPlayers.postingVersion} + ${version + 1}` })
        .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.position, position)));
    }
    const after = await roundRows(t, roundId);
    return { tags: [...touched], changed: JSON.stringify(before) !== JSON.stringify(after), events: log.length };
  });
  await invalidateTags(tags);
  return { changed, events };
}

export async function roundIds(db: Db): Promise<string[]> {
  return (await db.select({ id: golfRounds.id }).from(golfRounds).orderBy(asc(golfRounds.id))).map((r) => r.id);
}
