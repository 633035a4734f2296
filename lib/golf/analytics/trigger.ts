// When the consumer runs: right after a round finishes (best effort, in this process, after the
// commit) and on a timer for a background worker. Both only ever call runGolfAnalytics, which is
// safe to run anywhere at any time: one instance at a time holds the consumer, the others skip.
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { onShutdown } from '@/lib/ops/shutdown';
import { runGolfAnalytics } from './consumer';

let running: Promise<void> | null = null;
let again = false;

/** Starts a run unless one is going; a run requested meanwhile follows it, so nothing is left behind. */
export function scheduleGolfAnalytics(db: Db): void {
  if (running) {
    again = true;
    return;
  }
  // A shutdown waits (within its grace period) for the run to end rather than cutting it off.
  const off = onShutdown(() => golfAnalyticsSettled());
  running = (async () => {
    do {
      again = false;
      try {
        await runGolfAnalytics(db);
      } catch (err) {
        // The log is the record: the next run (or the loop) catches up from the checkpoint.
        logger().warn({ err }, 'golf analytics run failed');
      }
    } while (again);
  })().finally(() => {
    running = null;
    off();
  });
}

/** Resolves once no scheduled run is going (tests; a drain on shutdown). */
export async function golfAnalyticsSettled(): Promise<void> {
  while (running) await running;
}

/**
 * Runs the consumer every `intervalMs` until stopped, backing off (to `maxBackoffMs`) while runs
 * fail, e.g. while the database is unreachable. For a worker process or `instrumentation.ts`.
 */
export function startGolfAnalyticsLoop(
  getDb: () => Promise<Db>,
  opts: { intervalMs?: number; maxBackoffMs?: number; onRun?: (ok: boolean) => void } = {},
): () => Promise<void> {
  const interval = opts.intervalMs ?? 5000;
  let delay = interval;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = (async () => {
      let ok = true;
      try {
        await runGolfAnalytics(await getDb());
        delay = interval;
      } catch (err) {
        ok = false;
        delay = Math.min(delay * 2, opts.maxBackoffMs ?? 60_000);
        logger().warn({ err, retryInMs: delay }, 'golf analytics loop: run failed');
      }
      opts.onRun?.(ok);
      if (!stopped) timer = setTimeout(tick, delay);
    })();
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
