// The event log: append = lock stream → idempotency check → expected-seq check → insert → project,
// all in one transaction; after commit, invalidate cache tags and ring the stream's doorbell.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { type EventRow, events } from '@/drizzle/schema';
import { recordScopedAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { constraintName, sqlState } from '@/lib/db/errors';
import { DomainError } from '@/lib/errors';
import { metrics } from '@/lib/metrics';
import { canonicalJson } from './canonical-json';
import { afterCommit } from './publish';
import { type NewEvent, newEvent, type StoredEvent, streamName } from './schemas';

/** Applies an event to its domain tables inside the append transaction; returns the cache tags it touched. */
// biome-ignore lint/suspicious/noConfusingVoidType: a projector that touches no cached data returns nothing
export type Projector = (tx: Db, event: StoredEvent) => Promise<string[] | undefined | void>;

export interface AppendOptions<R = undefined> {
  /** The seq the caller believes is the stream's last (0 for a new stream). */
  expectedSeq?: number;
  /**
   * A read of the projection's own state, sent in the same round trip as the stream lock and run
   * once the lock is held (so it sees the state as of the stream's head); its result goes to project.
   */
  read?: (tx: Db) => Promise<R>;
  project?: (tx: Db, event: StoredEvent, read: R) => ReturnType<Projector>;
}

export interface AppendResult<T = unknown> {
  event: StoredEvent<T>;
  /** True when this id was already stored: nothing changed, the stored event is returned. */
  duplicate: boolean;
}

export function toStoredEvent<T>(row: EventRow): StoredEvent<T> {
  return {
    id: row.id,
    stream: row.stream,
    seq: row.seq,
    type: row.type,
    data: row.data as T,
    actorId: row.actorId,
    requestId: row.requestId,
    position: row.position,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function appendEvent<T, R = undefined>(
  db: Db,
  stream: string,
  input: NewEvent<T>,
  opts: AppendOptions<R> = {},
): Promise<AppendResult<T>> {
  streamName.parse(stream);
  const event = newEvent.parse(input);
  const id = event.id ?? randomUUID();
  try {
    return await appendOnce(db, stream, { ...event, id, data: input.data }, opts);
  } catch (err) {
    // Two retries of one id racing on different streams: the loser re-checks and reports properly.
    if (sqlState(err) === '23505' && constraintName(err) === 'events_pkey' && event.id) {
      return appendOnce(db, stream, { ...event, id, data: input.data }, opts);
    }
    throw err;
  }
}

async function appendOnce<T, R>(
  db: Db,
  stream: string,
  event: NewEvent<T> & { id: string },
  opts: AppendOptions<R>,
): Promise<AppendResult<T>> {
  const outcome = await db.transaction(async (tx) => {
    // One round trip: the lock and the reads are pipelined on the transaction's connection, where
    // they run in order, so the reads see the stream as it is once the lock is held.
    const [, [existing], [head], read] = await Promise.all([
      lockStream(tx, stream),
      tx.select().from(events).where(eq(events.id, event.id)),
      tx
        .select({ seq: sql<number>`coalesce(max(${events.seq}), 0)::int` })
        .from(events)
        .where(eq(events.stream, stream)),
      opts.read ? opts.read(tx) : (undefined as R),
    ]);
    if (existing) {
      const same =
        existing.stream === stream && existing.type === event.type && canonicalJson(existing.data) === canonicalJson(event.data);
      if (!same) throw new DomainError('event_id_conflict', `event id ${event.id} was already used for a different event`);
      return { event: toStoredEvent<T>(existing), duplicate: true, tags: [] as string[] };
    }
    const current = head?.seq ?? 0;
    if (opts.expectedSeq !== undefined && opts.expectedSeq !== current) {
      throw new DomainError('stream_conflict', `stream ${stream} is at seq ${current}, not the expected ${opts.expectedSeq}`, {
        stream,
        current_seq: current,
        expected_seq: opts.expectedSeq,
      });
    }
    const [row] = await tx
      .insert(events)
      .values({
        id: event.id,
        stream,
        seq: current + 1,
        type: event.type,
        data: event.data,
        actorId: event.actorId ?? null,
        requestId: event.requestId ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const stored = toStoredEvent<T>(row);
    // The write request's audit row commits with its event, pipelined with the projection's queries.
    const [projected] = await Promise.all([
      opts.project?.(tx, stored, read as R),
      recordScopedAudit(tx, stream.slice(stream.indexOf(':') + 1)),
    ]);
    const tags = projected ?? [];
    return { event: stored, duplicate: false, tags };
  });
  if (!outcome.duplicate) {
    metrics().eventsAppended.inc({ type: outcome.event.type });
    await afterCommit(outcome.event, outcome.tags);
  }
  return { event: outcome.event, duplicate: outcome.duplicate };
}

export async function readStream<T = unknown>(
  db: Db,
  stream: string,
  opts: { afterSeq?: number; limit?: number } = {},
): Promise<StoredEvent<T>[]> {
  streamName.parse(stream);
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.stream, stream), gt(events.seq, opts.afterSeq ?? 0)))
    .orderBy(asc(events.seq))
    .limit(Math.max(1, Math.min(Math.trunc(opts.limit ?? 1000) || 1000, 10_000)));
  return rows.map((r) => toStoredEvent<T>(r));
}

/** Holds the stream's append lock until the transaction ends: what else rewrites a stream's projection takes it too. */
export async function lockStream(tx: Db, stream: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${stream}, 0))`);
}
