// After commit: invalidate what the projection touched, then ring the stream's doorbell. Neither may
// fail the append — the event is already the record; subscribers that miss a ring catch up by seq.
import { getCache } from '@/lib/cache';
import { invalidateTags } from '@/lib/cache/cached';
import { withTimeout } from '@/lib/cache/guard';
import { env } from '@/lib/env';
import { logger } from '@/lib/log';
import type { StoredEvent } from './schemas';

export function streamChannel(stream: string): string {
  return `${env().CACHE_PREFIX}:stream:${stream}`;
}

export async function afterCommit(event: StoredEvent, tags: string[]): Promise<void> {
  // Both at once, one round trip. No ordering is lost: what a ring makes a viewer read (the live box
  // score) comes from Postgres, not the cache, and season statistics are stamped with the data
  // version the append's own transaction moved.
  await Promise.all([
    // Never throws: a failed invalidation is counted and logged by lib/cache.
    invalidateTags(tags),
    // Bounded: a frozen Redis must not hold the append's response (viewers catch up by seq).
    withTimeout(getCache().publish(streamChannel(event.stream), JSON.stringify(event)), 1000).catch((err) =>
      logger().warn({ err, stream: event.stream }, 'publish after append failed'),
    ),
  ]);
}

/** Live events of one stream; returns the unsubscribe function. */
export async function subscribeStream(stream: string, onEvent: (event: StoredEvent) => void): Promise<() => Promise<void>> {
  return getCache().subscribe(streamChannel(stream), (message) => onEvent(JSON.parse(message) as StoredEvent));
}
