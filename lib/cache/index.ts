// The process-wide cache. Kept on globalThis: Next.js bundles instrumentation and route
// handlers separately, and per-bundle module state would open one connection per bundle.
import { env } from '@/lib/env';
import { createMemoryCache, type MemoryCacheOptions } from './memory';
import { postgresBus } from './postgres-bus';
import { createRedisCache, type RedisCacheOptions } from './redis';
import { withBus } from './shared-memory';
import type { CacheDriver } from './types';
import { createUpstashCache, type UpstashCacheOptions } from './upstash';

export type { CacheDriver, CacheDriverName } from './types';

export type CacheConfig =
  | ({ driver: 'memory' } & MemoryCacheOptions)
  | ({ driver: 'redis' } & RedisCacheOptions)
  | ({ driver: 'upstash' } & UpstashCacheOptions);

export function createCache(config: CacheConfig): CacheDriver {
  switch (config.driver) {
    case 'redis':
      return createRedisCache(config);
    case 'upstash':
      return createUpstashCache(config);
    case 'memory':
      return createMemoryCache(config);
  }
}

/** REDIS_URL wins over UPSTASH_*; with neither, an in-process LRU. */
export function cacheConfigFromEnv(e = env()): CacheConfig {
  if (e.REDIS_URL) return { driver: 'redis', url: e.REDIS_URL };
  if (e.UPSTASH_REDIS_REST_URL && e.UPSTASH_REDIS_REST_TOKEN) {
    return { driver: 'upstash', url: e.UPSTASH_REDIS_REST_URL, token: e.UPSTASH_REDIS_REST_TOKEN };
  }
  return { driver: 'memory', maxEntries: e.CACHE_MAX_ENTRIES };
}

const KEY = Symbol.for('statline.cache');
type Holder = { [KEY]?: CacheDriver };

export function getCache(): CacheDriver {
  const g = globalThis as Holder;
  g[KEY] ??= sharedWhenPossible(createCache(cacheConfigFromEnv()));
  return g[KEY];
}

/**
 * Without Redis but with Postgres, other processes may share the database (replicas, a CLI import):
 * the in-process cache then shares its invalidations and messages through Postgres. On the embedded
 * database there is only ever one process.
 */
function sharedWhenPossible(cache: CacheDriver, e = env()): CacheDriver {
  if (cache.name !== 'memory' || !e.DATABASE_URL) return cache;
  const bus = postgresBus(e.DATABASE_URL);
  const shared = withBus(cache, bus);
  return { ...shared, close: () => shared.close().finally(() => bus.close()) };
}

/** Closes the process-wide cache (graceful shutdown); a later getCache() opens a new one. */
export async function closeCache(): Promise<void> {
  const g = globalThis as Holder;
  const cache = g[KEY];
  g[KEY] = undefined;
  await cache?.close();
}
