// Consumers read the whole log and store their checkpoint in the same transaction as their output:
// exactly-once effect, restartable. A bigserial position can commit before a smaller one still in
// flight, so the order is (transaction id, position) and only settled transactions are read.
import { asc, eq, sql } from 'drizzle-orm';
import { consumerCheckpoints, events } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import type { StoredEvent } from './schemas';
import { toStoredEvent } from './store';

export type ConsumerHandler = (tx: Db, batch: StoredEvent[]) => Promise<void>;

// One advisory lock per consumer: its batches take it (without waiting), resets wait for it.
const consumerLock = (name: string) => sql`hashtextextended(${`consumer:${name}`}, 1)`;

/**
 * Processes the next batch for `name`. Returns how many events it handled, or null when another
 * instance holds the consumer (one active instance per consumer, by advisory lock).
 */
export async function runConsumerBatch(db: Db, name: string, handle: ConsumerHandler, limit = 500): Promise<number | null> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute(sql`select pg_try_advisory_xact_lock(${consumerLock(name)}) as ok`);
    if (!rowsOf<{ ok: boolean }>(lock)[0]?.ok) return null;
    await tx.insert(consumerCheckpoints).values({ name }).onConflictDoNothing();
    const [checkpoint] = await tx
      .select({ txId: consumerCheckpoints.txId, position: consumerCheckpoints.position })
      .from(consumerCheckpoints)
      .where(sql`${consumerCheckpoints.name} = ${name}`);
    const afterTx = checkpoint?.txId ?? '0';
    const afterPos = checkpoint?.position ?? 0;
    // Only transactions older than every running one ("settled"), in (tx_id, position) order.
    const rows = await tx
      .select()
      .from(events)
      .where(
        sql`(${events.txId}, ${events.position}) > (${afterTx}::xid8, ${afterPos}::bigint)
            and ${events.txId} < pg_snapshot_xmin(pg_current_snapshot())`,
      )
      .orderBy(asc(events.txId), asc(events.position))
      .limit(limit);
    if (rows.length === 0) return 0;
    const batch = rows.map((r) => toStoredEvent(r));
    await handle(tx, batch);
    const last = rows[rows.length - 1];
    await tx
      .update(consumerCheckpoints)
      .set({ txId: last?.txId ?? afterTx, position: last?.position ?? afterPos, updatedAt: sql`now()` })
      .where(sql`${consumerCheckpoints.name} = ${name}`);
    return batch.length;
  });
}

/**
 * Forgets the consumer's place in the log, and in the same transaction whatever `clear` removes of
 * its output, so the next batch starts from the beginning. Waits for a running batch to commit:
 * without the consumer's lock, a batch in flight would commit output computed before the reset.
 */
export async function resetConsumer(db: Db, name: string, clear?: (tx: Db) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${consumerLock(name)})`);
    await tx.delete(consumerCheckpoints).where(eq(consumerCheckpoints.name, name));
    await clear?.(tx);
  });
}
