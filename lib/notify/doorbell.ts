// A user's notification doorbell: rung after the consumer commits, heard by their open SSE streams,
// which then read new rows from Postgres (a missed ring is caught up on the next read by id).
import { getCache } from '@/lib/cache';
import { withTimeout } from '@/lib/cache/guard';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';

export const userChannel = (userId: string) => `${env().CACHE_PREFIX}:notify:${userId}`;

export async function ringUsers(userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const cache = getCache();
  await withTimeout(Promise.all(userIds.map((u) => cache.publish(userChannel(u), '1'))), 2000).catch((err) =>
    logger().warn({ err, users: userIds.length }, 'notify doorbell failed'),
  );
}

export async function listenUser(userId: string, onRing: () => void): Promise<() => Promise<void>> {
  return getCache().subscribe(userChannel(userId), () => onRing());
}
