// The notify consumer: reads the event log in order, and each sport's handler turns its events into
// notification rows in the consumer's transaction, together with the checkpoint — so a crash or kill
// mid-batch rolls both back and the restarted consumer writes each notification exactly once.
// The sport handlers live with their sport (lib/<sport>/notify.ts); start-up passes them in.
import type { Db } from '@/lib/db/client';
import { runConsumerBatch } from '@/lib/events/consumer';
import type { StoredEvent } from '@/lib/events/schemas';
import { ringUsers } from './doorbell';

export const NOTIFY_CONSUMER = 'notify';

/** Writes the notifications a batch makes (set-based); returns the users newly notified. */
export type NotifyHandler = (tx: Db, batch: readonly StoredEvent[]) => Promise<string[]>;

export interface NotifyRun {
  events: number;
  batches: number;
  notified: number;
  busy: boolean;
}

export async function runNotify(
  db: Db,
  handlers: readonly NotifyHandler[],
  opts: { batchSize?: number; maxBatches?: number } = {},
): Promise<NotifyRun> {
  const run: NotifyRun = { events: 0, batches: 0, notified: 0, busy: false };
  while (opts.maxBatches === undefined || run.batches < opts.maxBatches) {
    const users = new Set<string>();
    const n = await runConsumerBatch(
      db,
      NOTIFY_CONSUMER,
      async (tx, batch) => {
        for (const h of handlers) for (const u of await h(tx, batch)) users.add(u);
      },
      opts.batchSize ?? 500,
    );
    if (n === null) return { ...run, busy: true };
    if (n === 0) break;
    run.events += n;
    run.batches++;
    run.notified += users.size;
    // After commit: tell the users' open notification streams to read what is new.
    await ringUsers([...users]);
  }
  return run;
}
