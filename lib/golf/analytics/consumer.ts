// The golf-analytics consumer: reads the event log in order (checkpoint in the same transaction as
// its output), and for the golf-round events of each batch recomputes the golfers of finished rounds
// and records what newly finished rounds earned. Recomputing from the projections, rather than
// adding each event's effect, is what makes a replayed or restarted batch harmless.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  golfAchievements,
  golfGolferCourses,
  golfGolferRounds,
  golfGolferStats,
  golfRoundPlayers,
  golfRounds,
} from '@/drizzle/schema';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { resetConsumer, runConsumerBatch } from '@/lib/events/consumer';
import type { StoredEvent } from '@/lib/events/schemas';
import { roundEventTypes } from '../rounds/events';
import { golfTags, ROUND_STREAM_PREFIX } from '../tags';
import { emitPendingAchievements } from './emit';
import { recomputeGolfer, recordAchievements } from './recompute';

export const GOLF_ANALYTICS_CONSUMER = 'golf-analytics';

/** Handles one batch inside the consumer's transaction; returns the cache tags to invalidate after commit. */
export async function handleGolfBatch(tx: Db, batch: readonly StoredEvent[]): Promise<string[]> {
  const golf = batch.filter((e) => e.stream.startsWith(ROUND_STREAM_PREFIX));
  if (golf.length === 0) return [];
  const roundIds = [...new Set(golf.map((e) => e.stream.slice(ROUND_STREAM_PREFIX.length)))];
  // Account players of the rounds that are finished now: only finished rounds count in analytics.
  const players = await tx
    .select({ roundId: golfRoundPlayers.roundId, userId: golfRoundPlayers.userId, confirmation: golfRoundPlayers.confirmation })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(
      and(inArray(golfRoundPlayers.roundId, roundIds), isNotNull(golfRoundPlayers.userId), eq(golfRounds.status, 'finished')),
    );
  const golfers = [...new Set(players.map((p) => p.userId as string))].sort();
  for (const e of golf) {
    const roundId = e.stream.slice(ROUND_STREAM_PREFIX.length);
    // Achievements come with the finish, or, for a golfer added by someone else, with their confirmation.
    const earners =
      e.type === roundEventTypes.finished
        ? players.filter((p) => p.roundId === roundId && p.confirmation === 'confirmed')
        : e.type === roundEventTypes.confirmed
          ? players.filter((p) => p.roundId === roundId && p.userId === e.actorId && p.confirmation === 'confirmed')
          : [];
    for (const p of earners) await recordAchievements(tx, p.userId as string, roundId);
  }
  for (const userId of golfers) await recomputeGolfer(tx, userId);
  return golfers.map(golfTags.analytics);
}

// Tags whose invalidation failed (cache down): retried on the next run, so a view cached before the
// outage is not served stale for its whole TTL once the cache is back.
const unflushed = new Set<string>();

async function invalidate(tags: readonly string[]): Promise<void> {
  for (const t of tags) unflushed.add(t);
  if (unflushed.size === 0) return;
  const pending = [...unflushed];
  if (await invalidateTags(pending)) for (const t of pending) unflushed.delete(t);
}

export interface AnalyticsRun {
  events: number;
  batches: number;
  /** Another instance holds the consumer: this run did nothing. */
  busy: boolean;
}

/** Runs batches until the consumer has caught up with the settled log (or `maxBatches` is reached). */
export async function runGolfAnalytics(db: Db, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<AnalyticsRun> {
  await invalidate([]);
  const run: AnalyticsRun = { events: 0, batches: 0, busy: false };
  while (opts.maxBatches === undefined || run.batches < opts.maxBatches) {
    const tags: string[] = [];
    const n = await runConsumerBatch(
      db,
      GOLF_ANALYTICS_CONSUMER,
      async (tx, batch) => {
        tags.push(...(await handleGolfBatch(tx, batch)));
      },
      opts.batchSize ?? 500,
    );
    if (n === null) return { ...run, busy: true };
    if (n === 0) break;
    run.events += n;
    run.batches++;
    await invalidate(tags);
    await emitPendingAchievements(db);
  }
  // Also picks up achievements left unappended by a crash between a batch's commit and their append.
  await emitPendingAchievements(db);
  return run;
}

/**
 * Forgets everything the consumer materialized and its place in the log, so the next run rebuilds it
 * all from the start. Achievement events already appended keep their ids: replaying finds them stored.
 */
export async function resetGolfAnalytics(db: Db): Promise<void> {
  await resetConsumer(db, GOLF_ANALYTICS_CONSUMER, async (tx) => {
    for (const t of [golfGolferRounds, golfGolferStats, golfGolferCourses, golfAchievements]) await tx.delete(t);
  });
}
