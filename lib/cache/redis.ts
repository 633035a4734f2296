// node-redis driver (REDIS_URL). Tuned to fail fast: while Redis is unreachable every
// command rejects at once instead of queueing, so callers fall back to the database
// immediately; the client keeps reconnecting in the background with capped backoff.
import { createClient } from 'redis';
import { logger } from '@/lib/log';
import { rateLimitedLogger, withTimeout } from './guard';
import { firstIncr, INCR_SCRIPT, parseIncrReply, ttlArg } from './incr-script';
import type { CacheDriver, IncrItem } from './types';

export interface RedisCacheOptions {
  url: string;
  /** TCP connect timeout per attempt, and how long the very first commands wait for the initial connection. */
  connectTimeoutMs?: number;
  /** Rejects a command whose reply does not arrive in time (a hung, not a dead, server). */
  commandTimeoutMs?: number;
  pingTimeoutMs?: number;
  /** Upper bound of the reconnect backoff; reconnection itself never stops. */
  maxBackoffMs?: number;
}

type Client = ReturnType<typeof createClient>;

export function createRedisCache(options: RedisCacheOptions): CacheDriver {
  const connectTimeoutMs = options.connectTimeoutMs ?? 1000;
  const commandTimeoutMs = options.commandTimeoutMs ?? 1000;
  const pingTimeoutMs = options.pingTimeoutMs ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 2000;
  const log = rateLimitedLogger();

  const connect = (client: Client, role: string) => {
    let down = false;
    // Without an 'error' listener node-redis errors would crash the process.
    client.on('error', (err) => {
      down = true;
      log(`redis ${role} connection error`, err);
    });
    client.on('ready', () => {
      if (down) logger().info({ driver: 'redis', role }, 'cache: redis connection restored');
      down = false;
    });
    // connect() settles only once connected (it retries forever); nothing waits on it.
    client.connect().catch(() => {});
  };

  const client: Client = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandsQueueMaxLength: 10_000,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, maxBackoffMs) + Math.floor(Math.random() * 100),
    },
  });
  // Settles on the first connection attempt's outcome (ready or error), not on eventual success.
  let starting = true;
  const firstAttempt = new Promise<void>((resolve) => {
    const done = () => {
      starting = false;
      client.off('ready', done).off('error', done);
      resolve();
    };
    client.on('ready', done).on('error', done);
  });
  connect(client, 'command');

  // Only while the very first attempt is in flight do commands wait for it (briefly); from then
  // on they fail fast, so a Redis that is down at boot costs requests nothing.
  const ready = async (waitMs = connectTimeoutMs) => {
    if (starting) await withTimeout(firstAttempt, waitMs).catch(() => {});
  };

  let subscriber: Client | undefined;
  const getSubscriber = () => {
    if (!subscriber) {
      // A connection in subscribe mode cannot run other commands: one extra connection per driver.
      const sub = client.duplicate();
      connect(sub, 'subscriber');
      subscriber = sub;
    }
    return subscriber;
  };

  const shutdown = async (c: Client) => {
    if (c.isReady) await withTimeout(c.close(), commandTimeoutMs).catch(() => {});
    c.destroy();
  };

  const incrMany = async (items: readonly IncrItem[]) => {
    if (items.length === 0) return [];
    await ready();
    const reply = await client.eval(INCR_SCRIPT, {
      keys: items.map((i) => i.key),
      arguments: items.map((i) => ttlArg(i.ttlSeconds)),
    });
    return parseIncrReply(reply, items.length);
  };

  return {
    name: 'redis',
    async get(key) {
      await ready();
      return client.get(key);
    },
    async mget(keys) {
      if (keys.length === 0) return [];
      await ready();
      return client.mGet(keys);
    },
    async set(key, value, ttlSeconds) {
      if (!(ttlSeconds > 0)) throw new Error('ttlSeconds must be > 0');
      await ready();
      await client.set(key, value, { expiration: { type: 'PX', value: Math.round(ttlSeconds * 1000) } });
    },
    async del(keys) {
      if (keys.length === 0) return;
      await ready();
      await client.del(keys);
    },
    async incr(key, ttlSeconds) {
      return firstIncr(await incrMany([{ key, ttlSeconds }]));
    },
    incrMany,
    async publish(channel, message) {
      await ready();
      await client.publish(channel, message);
    },
    async subscribe(channel, onMessage) {
      const sub = getSubscriber();
      const listener = (message: string) => {
        try {
          onMessage(message);
        } catch {
          // One throwing handler must not stop delivery to the others.
        }
      };
      try {
        // Pub/sub commands queue while offline; bound the wait so callers learn Redis is down.
        await withTimeout(sub.subscribe(channel, listener), connectTimeoutMs + commandTimeoutMs);
      } catch (err) {
        sub.unsubscribe(channel, listener).catch(() => {});
        throw err;
      }
      let active = true;
      return async () => {
        if (!active) return;
        active = false;
        if (sub.isOpen) await withTimeout(sub.unsubscribe(channel, listener), commandTimeoutMs).catch(() => {});
      };
    },
    async ping() {
      await ready(pingTimeoutMs);
      await withTimeout(client.ping(), pingTimeoutMs);
    },
    async close() {
      if (subscriber) await shutdown(subscriber);
      await shutdown(client);
    },
  };
}
