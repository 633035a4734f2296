// Cache faults for tests of what a lost invalidation may (not) leave behind.
import { tagKey } from '../../lib/cache/keys';
import type { CacheDriver } from '../../lib/cache/types';

const CACHE_KEY = Symbol.for('statline.cache');

/**
 * Puts in front of the app's cache a wrapper whose tag-version writes fail (reads and entry writes
 * still work), as when Redis drops the invalidation's SETs; returns how many it failed and a restore.
 */
export function failTagInvalidation(): { failed: () => number; restore: () => void } {
  const g = globalThis as Record<symbol, unknown>;
  const real = g[CACHE_KEY] as CacheDriver;
  const tagPrefix = tagKey(process.env.CACHE_PREFIX ?? '', '');
  let failed = 0;
  g[CACHE_KEY] = new Proxy(real, {
    get(target, prop) {
      if (prop === 'set') {
        return (key: string, value: string, ttl: number) => {
          if (!key.startsWith(tagPrefix)) return target.set(key, value, ttl);
          failed++;
          return Promise.reject(new Error('tag write lost'));
        };
      }
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return {
    failed: () => failed,
    restore: () => {
      g[CACHE_KEY] = real;
    },
  };
}

/**
 * Slows every call to the app's cache by `ms` (Redis saturated or far away); returns a restore.
 * The calls still complete, so a limiter that gave up on them has counted nothing.
 */
export function delayCache(ms: number): { restore: () => void } {
  const g = globalThis as Record<symbol, unknown>;
  const real = g[CACHE_KEY] as CacheDriver;
  const sleep = () => new Promise((r) => setTimeout(r, ms));
  g[CACHE_KEY] = new Proxy(real, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        await sleep();
        return v.apply(target, args);
      };
    },
  });
  return {
    restore: () => {
      g[CACHE_KEY] = real;
    },
  };
}
