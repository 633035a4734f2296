// Reads of the event log other than replaying a stream (store.ts) or a consumer's batch
// (consumer.ts). Domains ask these instead of selecting from `events`, so the log's shape stays
// private to lib/events.
import { and, eq, inArray, isNotNull, lte, max, type SQL, sql } from 'drizzle-orm';
import { events } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from './schemas';
import { toStoredEvent } from './store';

/** The stored event with this id, on whichever stream, or null. */
export async function findEvent<T = unknown>(db: Db, id: string): Promise<StoredEvent<T> | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ? toStoredEvent<T>(row) : null;
}

/** The stream's last seq (0 when empty). */
export async function streamHead(db: Db, stream: string): Promise<number> {
  const [row] = await db
    .select({ seq: max(events.seq) })
    .from(events)
    .where(eq(events.stream, stream));
  return row?.seq ?? 0;
}

/**
 * The stream's last seq as an SQL expression, for a caller that must read it in the same statement
 * as its own tables (one snapshot for both).
 */
export function streamHeadSql(stream: string): SQL<number> {
  return sql<number>`coalesce((select max(${events.seq}) from ${events} where ${events.stream} = ${stream}), 0)::int`;
}

/** The distinct accounts that appended events of these types to the stream (up to `upToSeq`, when given). */
export async function streamActors(
  db: Db,
  stream: string,
  opts: { types: readonly string[]; upToSeq?: number },
): Promise<Set<string>> {
  if (opts.types.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ actorId: events.actorId })
    .from(events)
    .where(
      and(
        eq(events.stream, stream),
        inArray(events.type, [...opts.types]),
        isNotNull(events.actorId),
        opts.upToSeq === undefined ? undefined : lte(events.seq, opts.upToSeq),
      ),
    );
  return new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
}
