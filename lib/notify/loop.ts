// Runs the notify consumer on a short timer on every replica (the advisory lock keeps one active),
// backing off while runs fail. Short, because a followed game's start or end should reach its
// followers within a second; an idle tick is one small transaction.
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { type NotifyHandler, runNotify } from './consumer';
import { repeat } from './repeat';

export function startNotifyLoop(
  getDb: () => Promise<Db>,
  handlers: readonly NotifyHandler[],
  opts: { intervalMs?: number; maxBackoffMs?: number } = {},
): () => Promise<void> {
  const interval = opts.intervalMs ?? 400;
  let delay = interval;
  return repeat(async () => {
    try {
      await runNotify(await getDb(), handlers);
      delay = interval;
    } catch (err) {
      // The log is the record: the next run catches up from the checkpoint.
      delay = Math.min(delay * 2, opts.maxBackoffMs ?? 60_000);
      logger().warn({ err, retryInMs: delay }, 'notify loop: run failed');
    }
    return delay;
  }, 0);
}
