import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consumerCheckpoints, events } from '../../drizzle/schema';
import { rowsOf } from '../../lib/db/client';
import { DomainError } from '../../lib/errors';
import { resetConsumer, runConsumerBatch } from '../../lib/events/consumer';
import { subscribeStream } from '../../lib/events/publish';
import type { StoredEvent } from '../../lib/events/schemas';
import { appendEvent, type Projector, readStream } from '../../lib/events/store';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ poolMax: 10 });
});
afterAll(async () => {
  await database?.close();
});

const stream = () => `test-game:${randomUUID().slice(0, 8)}`;

// A projection with a visible side effect: one audit row per event.
const auditProjector: Projector = async (tx, e) => {
  await tx.insert(auditLog).values({ action: `project.${e.type}`, targetType: 'stream', targetId: e.stream });
  return [`stream:${e.stream}`];
};

async function auditRows(s: string) {
  const [row] = await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, s));
  return row?.n ?? 0;
}

describe(`event store on ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}`, () => {
  it('keeps seq gapless with 8 concurrent appenders × 100 events: none lost, none duplicated', async () => {
    const s = stream();
    const writers = Array.from({ length: 8 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 100; i++) {
          await appendEvent(database.db, s, { type: 'point.scored', data: { writer: w, i } }, { project: auditProjector });
        }
      })(),
    );
    await Promise.all(writers);
    const stored = await readStream<{ writer: number; i: number }>(database.db, s, { limit: 2000 });
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 800 }, (_, i) => i + 1));
    const pairs = new Set(stored.map((e) => `${e.data.writer}:${e.data.i}`));
    expect(pairs.size).toBe(800);
    expect(new Set(stored.map((e) => e.id)).size).toBe(800);
    expect(await auditRows(s)).toBe(800);
  });

  it('returns the stored event for a retried id and changes nothing', async () => {
    const s = stream();
    const id = randomUUID();
    const first = await appendEvent(
      database.db,
      s,
      { id, type: 'shot.made', data: { pts: 3, by: 'a' } },
      { project: auditProjector },
    );
    const again = await appendEvent(
      database.db,
      s,
      { id, type: 'shot.made', data: { by: 'a', pts: 3 } },
      { project: auditProjector },
    );
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.event).toEqual(first.event);
    expect((await readStream(database.db, s)).length).toBe(1);
    expect(await auditRows(s)).toBe(1);
  });

  it('stores one event when the same id is retried concurrently', async () => {
    const s = stream();
    const id = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        appendEvent(database.db, s, { id, type: 'foul', data: { n: 1 } }, { project: auditProjector }),
      ),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.event.seq))).toEqual(new Set([1]));
    expect(await auditRows(s)).toBe(1);
  });

  it('rejects an id reused for a different event', async () => {
    const s = stream();
    const id = randomUUID();
    await appendEvent(database.db, s, { id, type: 'foul', data: { n: 1 } });
    const idConflict = expect.objectContaining({ name: 'DomainError', code: 'event_id_conflict' });
    await expect(appendEvent(database.db, s, { id, type: 'foul', data: { n: 2 } })).rejects.toEqual(idConflict);
    await expect(appendEvent(database.db, stream(), { id, type: 'foul', data: { n: 1 } })).rejects.toEqual(idConflict);
  });

  it('answers a stale expectedSeq with a conflict carrying the current seq', async () => {
    const s = stream();
    await appendEvent(database.db, s, { type: 'tip.off', data: {} }, { expectedSeq: 0 });
    await appendEvent(database.db, s, { type: 'shot.made', data: { pts: 2 } }, { expectedSeq: 1 });
    const err = await appendEvent(database.db, s, { type: 'shot.made', data: { pts: 2 } }, { expectedSeq: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'stream_conflict', details: { stream: s, current_seq: 2, expected_seq: 1 } });
    expect((await readStream(database.db, s)).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('rolls back the event and the projection when the projection fails', async () => {
    const s = stream();
    await appendEvent(database.db, s, { type: 'tip.off', data: {} }, { project: auditProjector });
    const failing: Projector = async (tx, e) => {
      await auditProjector(tx, e);
      throw new Error('projection exploded');
    };
    await expect(appendEvent(database.db, s, { type: 'shot.made', data: {} }, { project: failing })).rejects.toThrow(
      'projection exploded',
    );
    expect((await readStream(database.db, s)).length).toBe(1);
    expect(await auditRows(s)).toBe(1);
    const next = await appendEvent(database.db, s, { type: 'shot.made', data: {} }, { project: auditProjector });
    expect(next.event.seq).toBe(2);
  });

  it('validates stream names and event types before touching the database', async () => {
    await expect(appendEvent(database.db, 'no spaces allowed', { type: 'x', data: {} })).rejects.toThrow();
    await expect(appendEvent(database.db, stream(), { type: 'Bad Type', data: {} })).rejects.toThrow();
    await expect(appendEvent(database.db, stream(), { id: 'not-a-uuid', type: 'x', data: {} })).rejects.toThrow();
  });

  it('reads a stream after a given seq, in order', async () => {
    const s = stream();
    for (let i = 0; i < 5; i++) await appendEvent(database.db, s, { type: 'tick', data: { i } });
    const tail = await readStream<{ i: number }>(database.db, s, { afterSeq: 3 });
    expect(tail.map((e) => [e.seq, e.data.i])).toEqual([
      [4, 3],
      [5, 4],
    ]);
  });

  it('publishes each appended event on its stream channel after commit', async () => {
    const s = stream();
    const received: StoredEvent[] = [];
    const unsubscribe = await subscribeStream(s, (e) => received.push(e));
    try {
      const { event } = await appendEvent(database.db, s, { type: 'tick', data: { i: 1 } });
      await expect.poll(() => received.length, { timeout: 3000 }).toBe(1);
      expect(received[0]).toEqual(event);
    } finally {
      await unsubscribe();
    }
  });

  it('feeds a consumer every event exactly once, in log order, across restarts', async () => {
    const name = `test-consumer-${randomUUID().slice(0, 8)}`;
    const seen: number[] = [];
    const handle = async (_tx: unknown, batch: StoredEvent[]) => {
      for (const e of batch) seen.push(e.position);
    };
    const [total] = await database.db.select({ n: count() }).from(events);
    // Polled: the settled horizon is cluster-wide, so other test files' open transactions (in
    // their own databases) can hold a batch back for a moment.
    await expect
      .poll(
        async () => {
          while (((await runConsumerBatch(database.db, name, handle, 97)) ?? 0) > 0) {}
          return seen.length;
        },
        { timeout: 10_000 },
      )
      .toBe(total?.n);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    // New events after a "restart" continue from the checkpoint.
    await appendEvent(database.db, stream(), { type: 'tick', data: {} });
    seen.length = 0;
    await expect.poll(() => runConsumerBatch(database.db, name, handle), { timeout: 10_000 }).toBe(1);
    const [max] = await database.db.select({ p: sql<number>`max(position)::int` }).from(events);
    expect(seen).toEqual([max?.p]);
  });

  it('delivers an event whose transaction settles after a later position was consumed', async () => {
    const name = `gap-consumer-${randomUUID().slice(0, 8)}`;
    const seen: string[] = [];
    const handle = async (_tx: unknown, batch: StoredEvent[]) => {
      for (const e of batch) seen.push(e.id);
    };
    while (((await runConsumerBatch(database.db, name, handle)) ?? 0) > 0) {}
    seen.length = 0;

    const s = stream();
    const early = await appendEvent(database.db, s, { type: 'tick', data: { n: 1 } });
    const late = await appendEvent(database.db, s, { type: 'tick', data: { n: 2 } });
    // Make the smaller position look like it belongs to a transaction still running…
    await database.db.execute(
      sql`update events set tx_id = ((pg_current_xact_id()::text::bigint) + 1000000)::text::xid8 where id = ${early.event.id}`,
    );
    await expect.poll(() => runConsumerBatch(database.db, name, handle), { timeout: 10_000 }).toBe(1);
    expect(seen).toEqual([late.event.id]);
    // …then let it settle with an id between the consumed one and the horizon, as a real commit would.
    await database.db.execute(
      sql`update events set tx_id = ((select tx_id::text::bigint from events where id = ${late.event.id}) + 1)::text::xid8
          where id = ${early.event.id}`,
    );
    await expect.poll(() => runConsumerBatch(database.db, name, handle), { timeout: 10_000 }).toBe(1);
    expect(seen).toEqual([late.event.id, early.event.id]);
  });

  it('resets a checkpoint only under the consumer lock: a reset waits for a running batch', async () => {
    const name = `reset-consumer-${randomUUID().slice(0, 8)}`;
    while (((await runConsumerBatch(database.db, name, async () => {})) ?? 0) > 0) {}
    await appendEvent(database.db, stream(), { type: 'tick', data: {} });
    let entered = () => {};
    const inBatch = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async () => {
      entered();
      await held;
    };
    // Retried until the new event's transaction has settled cluster-wide (see above).
    const batch = (async () => {
      for (const until = Date.now() + 10_000; Date.now() < until; ) {
        const n = await runConsumerBatch(database.db, name, hold);
        if (n) return n;
      }
      throw new Error('the appended event never settled');
    })();
    await inBatch;
    let reset = false;
    const resetting = resetConsumer(database.db, name).then(() => {
      reset = true;
    });
    if (process.env.DATABASE_URL) {
      // The reset is queued on the consumer's advisory lock (this file's database only).
      const waiting = async () =>
        rowsOf<{ n: number }>(
          await database.db.execute(sql`select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database
            where d.datname = current_database() and l.locktype = 'advisory' and not l.granted`),
        )[0]?.n;
      await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
    } else {
      // One embedded connection: the reset cannot start before the batch's transaction ends.
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    }
    expect(reset).toBe(false);
    release();
    expect(await batch).toBe(1);
    await resetting;
    // The reset came after the batch's commit, so the checkpoint the batch wrote is gone.
    expect(await database.db.select().from(consumerCheckpoints).where(eq(consumerCheckpoints.name, name))).toEqual([]);
    expect(await runConsumerBatch(database.db, name, async () => {})).toBeGreaterThan(1);
  });
});
