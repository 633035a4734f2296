// Several processes on one Postgres and no Redis (replicas, or the app beside a CLI import or
// rebuild) each keep their own in-process cache. What those caches must agree on travels through
// Postgres LISTEN/NOTIFY: tag invalidations (so an entry cached in one process is dropped when
// another changes its data) and published messages (live events' doorbells). Entries themselves
// stay local. A message larger than NOTIFY allows is delivered locally only, and said so in the log:
// viewers elsewhere then catch up by seq on the next event.
import { randomUUID } from 'node:crypto';
import { logger } from '@/lib/log';
import type { CacheDriver } from './types';

/** A Postgres notification channel: one per database, every process listening. */
export interface Bus {
  notify(payload: string): Promise<void>;
  /** Resolves once listening; returns the way to stop. */
  listen(onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

type Message = { o: string } & ({ t: 'set'; k: string; v: string; ttl: number } | { t: 'pub'; c: string; m: string });

// NOTIFY's payload limit is 8000 bytes; the envelope is a few dozen.
const MAX_PAYLOAD = 7900;
const TAG_KEY = /:tag:/;

export function withBus(local: CacheDriver, bus: Bus): CacheDriver {
  const origin = randomUUID();
  const channels = new Map<string, Set<(message: string) => void>>();
  const send = async (message: Message) => {
    const payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) {
      logger().warn(
        { bytes: payload.length, kind: message.t },
        'cache message too large for NOTIFY; other processes will not see it',
      );
      return;
    }
    await bus.notify(payload);
  };
  const receive = (payload: string) => {
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch {
      return;
    }
    if (message.o === origin) return;
    if (message.t === 'set') local.set(message.k, message.v, message.ttl).catch(() => {});
    else for (const handler of channels.get(message.c) ?? []) handler(message.m);
  };
  const listening = bus.listen(receive);
  // Until listening works, this process behaves as a lone in-process cache; the failure is logged.
  listening.catch((err) => logger().warn({ err }, 'cache bus unavailable: in-process cache not shared'));

  return {
    // Reads, counters and deletes stay this process's own.
    ...local,
    async set(key, value, ttlSeconds) {
      await local.set(key, value, ttlSeconds);
      // Only tag versions are shared: an entry is as good as the tags it was stamped with.
      if (TAG_KEY.test(key)) await send({ o: origin, t: 'set', k: key, v: value, ttl: ttlSeconds });
    },
    async publish(channel, message) {
      await Promise.all([local.publish(channel, message), send({ o: origin, t: 'pub', c: channel, m: message })]);
    },
    async subscribe(channel, onMessage) {
      await listening;
      const unsubscribeLocal = await local.subscribe(channel, onMessage);
      const handlers = channels.get(channel) ?? new Set();
      handlers.add(onMessage);
      channels.set(channel, handlers);
      return async () => {
        handlers.delete(onMessage);
        if (handlers.size === 0) channels.delete(channel);
        await unsubscribeLocal();
      };
    },
    async close() {
      await (await listening.catch(() => null))?.();
      await local.close();
    },
  };
}
