// In-process driver for single-instance deployments and dev: an LRU bounded by entry count.
// Semantics mirror Redis (string values, PTTL-style ttl, async pub/sub) so code tested
// against it behaves the same once REDIS_URL is set.
import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import type { CacheDriver } from './types';

export interface MemoryCacheOptions {
  maxEntries?: number;
}

interface Entry {
  value: string;
  /** performance.now() deadline; Infinity for keys without TTL (INCR without a window). */
  expiresAt: number;
}

export function createMemoryCache(options: MemoryCacheOptions = {}): CacheDriver {
  // Expiry is tracked here rather than with lru-cache's ttl so PTTL-style remaining times are
  // exact (its cached clock can report slightly more than was set). Expired entries are dropped
  // on read and otherwise age out of the LRU.
  const lru = new LRUCache<string, Entry>({ max: options.maxEntries ?? 5000 });
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  let closed = false;

  const open = () => {
    if (closed) throw new Error('memory cache is closed');
  };
  const read = (key: string): Entry | undefined => {
    const entry = lru.get(key);
    if (entry && entry.expiresAt <= performance.now()) {
      lru.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: string, ttlSeconds: number | undefined) => {
    const expiresAt = ttlSeconds && ttlSeconds > 0 ? performance.now() + ttlSeconds * 1000 : Number.POSITIVE_INFINITY;
    lru.set(key, { value, expiresAt });
  };
  const remainingMs = (entry: Entry) =>
    Number.isFinite(entry.expiresAt) ? Math.max(1, Math.floor(entry.expiresAt - performance.now())) : -1;

  const increment = (key: string, ttlSeconds: number | undefined) => {
    const current = read(key);
    if (!current) {
      write(key, '1', ttlSeconds);
      return { count: 1, ttlMs: ttlSeconds && ttlSeconds > 0 ? Math.floor(ttlSeconds * 1000) : -1 };
    }
    const count = /^-?\d+$/.test(current.value) ? Number(current.value) : Number.NaN;
    if (!Number.isSafeInteger(count)) throw new Error('ERR value is not an integer or out of range');
    // Fixed window: later increments keep the deadline set by the first one (a counter
    // without any deadline gets one, as in the Redis script).
    current.value = String(count + 1);
    if (!Number.isFinite(current.expiresAt) && ttlSeconds && ttlSeconds > 0)
      current.expiresAt = performance.now() + ttlSeconds * 1000;
    lru.set(key, current);
    return { count: count + 1, ttlMs: remainingMs(current) };
  };

  return {
    name: 'memory',
    async get(key) {
      open();
      return read(key)?.value ?? null;
    },
    async mget(keys) {
      open();
      return keys.map((k) => read(k)?.value ?? null);
    },
    async set(key, value, ttlSeconds) {
      open();
      if (!(ttlSeconds > 0)) throw new Error('ttlSeconds must be > 0');
      write(key, value, ttlSeconds);
    },
    async del(keys) {
      open();
      for (const k of keys) lru.delete(k);
    },
    async incr(key, ttlSeconds) {
      open();
      return increment(key, ttlSeconds);
    },
    async incrMany(items) {
      open();
      // Synchronous, so no other call interleaves: atomic as the Redis script is.
      return items.map((i) => increment(i.key, i.ttlSeconds));
    },
    async publish(channel, message) {
      open();
      // Redis delivers after PUBLISH returns; doing the same keeps ordering bugs visible in dev.
      setImmediate(() => bus.emit(channel, message));
    },
    async subscribe(channel, onMessage) {
      open();
      const listener = (message: string) => {
        try {
          onMessage(message);
        } catch {
          // A throwing subscriber must not break delivery to the others (as with Redis).
        }
      };
      bus.on(channel, listener);
      return async () => {
        bus.off(channel, listener);
      };
    },
    async ping() {
      open();
    },
    async close() {
      closed = true;
      lru.clear();
      bus.removeAllListeners();
    },
  };
}
