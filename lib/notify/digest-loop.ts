// Sends due email digests on a timer, on every replica: the sender's row locks (SKIP LOCKED) keep
// two replicas from mailing one user, so no leader is needed. Every five minutes is often enough
// for mail that goes out once a day or week; cron can run `npm run digest` instead or as well.
import { sendMail } from '@/lib/auth/mail';
import type { Db } from '@/lib/db/client';
import { logger } from '@/lib/log';
import { sendDueDigests } from './digest';
import { repeat } from './repeat';

export function startDigestLoop(
  getDb: () => Promise<Db>,
  baseUrl: string,
  opts: { intervalMs?: number } = {},
): () => Promise<void> {
  const interval = opts.intervalMs ?? 5 * 60_000;
  return repeat(async () => {
    try {
      const run = await sendDueDigests(await getDb(), { baseUrl, send: sendMail });
      if (run.mailed || run.failed) logger().info(run, 'digest: sent');
    } catch (err) {
      logger().warn({ err }, 'digest loop: run failed');
    }
    return interval;
  }, interval);
}
