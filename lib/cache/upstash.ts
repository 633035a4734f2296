// @upstash/redis driver (UPSTASH_REDIS_REST_*): every command is one HTTPS request.
// Configured for plain strings and fast failure: no JSON guessing on values, at most one
// quick retry, and a per-request timeout so a hung endpoint cannot hold a request open.
import { Redis } from '@upstash/redis';
import { withTimeout } from './guard';
import { firstIncr, INCR_SCRIPT, parseIncrReply, ttlArg } from './incr-script';
import type { CacheDriver, IncrItem } from './types';

export interface UpstashCacheOptions {
  url: string;
  token: string;
  /** Per-request timeout (aborts the fetch). */
  requestTimeoutMs?: number;
  pingTimeoutMs?: number;
  /** How long subscribe() waits for the server to confirm the subscription. */
  subscribeTimeoutMs?: number;
}

type Subscriber = ReturnType<Redis['subscribe']>;

export function createUpstashCache(options: UpstashCacheOptions): CacheDriver {
  const requestTimeoutMs = options.requestTimeoutMs ?? 1000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 500;
  const subscribeTimeoutMs = options.subscribeTimeoutMs ?? 2000;
  const redis = new Redis({
    url: options.url,
    token: options.token,
    // Off, or "123" comes back as the number 123 and '{"a":1}' as an object.
    automaticDeserialization: false,
    // Base64 responses keep non-ASCII/binary values intact through JSON; the client decodes them.
    responseEncoding: 'base64',
    // One retry soaks up a stale keep-alive socket; the default (5, exponential) takes seconds.
    retry: { retries: 1, backoff: () => 20 },
    // A function: a fresh timeout per request. (A fixed, aborted signal makes the client return "Aborted" as a result.)
    signal: () => AbortSignal.timeout(requestTimeoutMs),
    // Each command maps to exactly one request, so errors and timeouts stay per-call.
    enableAutoPipelining: false,
    enableTelemetry: false,
  });
  const subscribers = new Set<Subscriber>();
  const incrMany = async (items: readonly IncrItem[]) => {
    if (items.length === 0) return [];
    const reply = await redis.eval(
      INCR_SCRIPT,
      items.map((i) => i.key),
      items.map((i) => ttlArg(i.ttlSeconds)),
    );
    return parseIncrReply(reply, items.length);
  };

  return {
    name: 'upstash',
    async get(key) {
      return redis.get<string>(key);
    },
    async mget(keys) {
      if (keys.length === 0) return [];
      return redis.mget<(string | null)[]>(keys);
    },
    async set(key, value, ttlSeconds) {
      if (!(ttlSeconds > 0)) throw new Error('ttlSeconds must be > 0');
      await redis.set(key, value, { px: Math.round(ttlSeconds * 1000) });
    },
    async del(keys) {
      if (keys.length === 0) return;
      await redis.del(...keys);
    },
    async incr(key, ttlSeconds) {
      return firstIncr(await incrMany([{ key, ttlSeconds }]));
    },
    incrMany,
    async publish(channel, message) {
      // The SDK splits its SSE stream on newlines, so such a message would arrive truncated.
      if (/[\r\n]/.test(message)) throw new Error('upstash pub/sub cannot carry messages containing newlines');
      await redis.publish(channel, message);
    },
    async subscribe(channel, onMessage) {
      // The channel becomes a URL path segment unescaped by the SDK.
      if (/[/?#%\s]/.test(channel)) throw new Error(`upstash channel names cannot contain / ? # % or spaces: ${channel}`);
      // One SSE stream per subscription: the SDK's "subscribe" event carries no channel name.
      const sub = redis.subscribe<string>(channel);
      const confirmed = new Promise<void>((resolve, reject) => {
        sub.on('subscribe', () => resolve());
        sub.on('error', (err) => reject(err));
      });
      try {
        await withTimeout(confirmed, subscribeTimeoutMs);
      } catch (err) {
        await sub.unsubscribe();
        throw err;
      }
      sub.on('message', ({ channel: from, message }) => {
        if (from !== channel) return;
        try {
          onMessage(String(message));
        } catch {
          // One throwing handler must not stop delivery to the others.
        }
      });
      subscribers.add(sub);
      return async () => {
        if (!subscribers.delete(sub)) return;
        await sub.unsubscribe();
      };
    },
    async ping() {
      await withTimeout(redis.ping(), pingTimeoutMs);
    },
    async close() {
      const all = [...subscribers];
      subscribers.clear();
      await Promise.all(all.map((s) => s.unsubscribe()));
    },
  };
}
