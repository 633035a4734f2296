// cached()/hitRateLimit() against broken drivers: no Redis needed to prove they never fail a request.
import { describe, expect, it, vi } from 'vitest';
import { metrics } from '@/lib/metrics';
import { cached, invalidateTags } from './cached';
import { createMemoryCache } from './memory';
import { hitRateLimit, rateLimitDecision } from './rate-limit';
import type { CacheDriver } from './types';

const opts = (cache: CacheDriver) => ({ cache, prefix: 'unit', timeoutMs: 50 });
const errors = async () =>
  (await metrics().cacheOps.get()).values.find((v) => v.labels.driver === 'redis' && v.labels.result === 'error')?.value ?? 0;

/** A memory driver whose every operation rejects, or never settles. */
function broken(mode: 'reject' | 'hang'): CacheDriver & { writes: number } {
  const fail = () => (mode === 'reject' ? Promise.reject(new Error('ECONNREFUSED')) : new Promise<never>(() => {}));
  const base = createMemoryCache();
  const driver = { ...base, name: 'redis' as const, writes: 0 };
  for (const op of ['get', 'mget', 'del', 'incr', 'incrMany', 'publish', 'subscribe', 'ping'] as const) driver[op] = fail;
  driver.set = () => {
    driver.writes++;
    return fail();
  };
  return driver;
}

describe('cached() with a data version', () => {
  it('misses when the version moved though no tag was invalidated, then hits again', async () => {
    const cache = createMemoryCache();
    let version = 1;
    let loads = 0;
    const read = () => cached('dv', ['t'], 60, async () => ++loads, { ...opts(cache), dataVersion: async () => version });
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    version = 2;
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  it("propagates the version's errors, as load()'s", async () => {
    const dataVersion = () => Promise.reject(new Error('db down'));
    await expect(cached('dv', [], 60, async () => 1, { ...opts(createMemoryCache()), dataVersion })).rejects.toThrow('db down');
  });

  it('loads when the cache fails, whatever the version does', async () => {
    const dataVersion = () => Promise.reject(new Error('db down'));
    expect(await cached('dv', [], 60, async () => 'loaded', { ...opts(broken('reject')), dataVersion })).toBe('loaded');
  });
});

describe('cached() with a failing cache', () => {
  it.each(['reject', 'hang'] as const)('returns the loaded value when the cache %ss, without writing back', async (mode) => {
    const cache = broken(mode);
    const before = await errors();
    // On a fake clock: the call must be over once the 50 ms timeout has passed, however busy the machine.
    vi.useFakeTimers();
    try {
      let settled = false;
      const call = cached('k', ['t'], 60, async () => ({ ok: 1 }), opts(cache)).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(50);
      expect(settled).toBe(true);
      expect(await call).toEqual({ ok: 1 });
    } finally {
      vi.useRealTimers();
    }
    expect(cache.writes).toBe(0);
    expect(await errors()).toBe(before + 1);
  });

  it('propagates errors of load() itself', async () => {
    await expect(cached('k', [], 60, async () => Promise.reject(new Error('db down')), opts(broken('reject')))).rejects.toThrow(
      'db down',
    );
  });

  it('does not cache when ttl is not positive or the value is undefined', async () => {
    const cache = createMemoryCache();
    let loads = 0;
    await cached('a', [], 0, async () => ++loads, opts(cache));
    await cached('a', [], 0, async () => ++loads, opts(cache));
    const loadNothing = async () => {
      loads++;
      return undefined;
    };
    await cached('u', [], 60, loadNothing, opts(cache));
    await cached('u', [], 60, loadNothing, opts(cache));
    expect(loads).toBe(4);
  });

  it('treats an unparsable stored value as a miss', async () => {
    const cache = createMemoryCache();
    await cache.set('unit:c:bad:v=', '{not json', 60);
    expect(await cached('bad', [], 60, async () => 'fresh', opts(cache))).toBe('fresh');
    expect(await cached('bad', [], 60, async () => 'again', opts(cache))).toBe('fresh');
  });

  it('invalidateTags resolves false instead of throwing', async () => {
    expect(await invalidateTags(['t'], opts(broken('reject')))).toBe(false);
    expect(await invalidateTags(['t'], opts(broken('hang')))).toBe(false);
    expect(await invalidateTags([], opts(broken('reject')))).toBe(true);
  });
});

describe('rate limiting', () => {
  it('decides from the counter and its TTL', () => {
    expect(rateLimitDecision(1, 59_001, 10, 60)).toEqual({
      allowed: true,
      limit: 10,
      remaining: 9,
      resetSeconds: 60,
      degraded: false,
    });
    expect(rateLimitDecision(11, 1, 10, 60)).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 1 });
    expect(rateLimitDecision(3, -1, 10, 60).resetSeconds).toBe(60);
  });

  it.each(['reject', 'hang'] as const)("fails open when the cache %ss, within this process's own count", async (mode) => {
    const cache = broken(mode);
    const hit = () => hitRateLimit('ip', 2, 60, cache, { prefix: 'unit', timeoutMs: 50 });
    expect(await hit()).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 60, degraded: true });
    expect(await hit()).toMatchObject({ allowed: true, remaining: 0, degraded: true });
    // The local window holds even with no shared count to ask.
    expect(await hit()).toMatchObject({ allowed: false, remaining: 0, degraded: false });
  });

  it.each(['reject', 'hang'] as const)('fails closed when asked to and the cache %ss', async (mode) => {
    const result = await hitRateLimit('ip', 5, 60, broken(mode), { prefix: 'unit', timeoutMs: 50, onCacheFailure: 'closed' });
    expect(result).toMatchObject({ allowed: false, degraded: true });
    expect(result.resetSeconds).toBeLessThanOrEqual(5);
  });
});
