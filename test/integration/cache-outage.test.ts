// A failing cache never fails a request: Redis dies (and hangs) under load, every cached()
// call still resolves from the loader while Redis is still down; once it is back the driver
// recovers alone. How fast those calls are is a benchmark (`npm run bench -- cache-outage`), not
// a limit here: wall-clock limits fail on a busy two-core machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '@/lib/cache';
import { cached, invalidateTags } from '@/lib/cache/cached';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import type { CacheDriver } from '@/lib/cache/types';
import { metrics } from '@/lib/metrics';
import { type RedisServer, startRedisServer } from '../support/redis-server';
import { startUpstashShim } from '../support/upstash-shim';

const prefix = `test:outage:${Math.random().toString(36).slice(2, 8)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function opsCount(driver: string, result: string) {
  const { values } = await metrics().cacheOps.get();
  return values.find((v) => v.labels.driver === driver && v.labels.result === result)?.value ?? 0;
}
async function eventually(check: () => Promise<unknown>, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await sleep(100);
    }
  }
}

describe('redis outage', () => {
  let server: RedisServer;
  let cache: CacheDriver;
  beforeAll(async () => {
    server = await startRedisServer();
    cache = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 500 });
    await cache.ping();
  });
  afterAll(async () => {
    await cache?.close();
    await server?.stop();
  });

  it('serves every call from the loader while Redis is down, then recovers', async () => {
    const received: string[] = [];
    const unsubscribe = await cache.subscribe(`${prefix}:doorbell`, (m) => received.push(m));
    const [errors0, hits0] = [await opsCount('redis', 'error'), await opsCount('redis', 'hit')];
    const opts = { cache, prefix };

    // 300 calls over ~1.5 s on 20 hot keys; Redis is killed at 600 ms.
    const killed = sleep(600).then(() => server.stop());
    const calls = Array.from({ length: 300 }, (_, i) =>
      sleep(i * 5).then(() => cached(`k${i % 20}`, ['games'], 60, async () => `value ${i % 20}`, opts)),
    );
    const settled = await Promise.allSettled(calls);
    await killed;

    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const results = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    // All settled before Redis is started again below: none waited for it to come back.
    for (const [i, r] of results.entries()) expect(r).toBe(`value ${i % 20}`);
    expect(await opsCount('redis', 'hit')).toBeGreaterThan(hits0); // the cache was in use before the kill
    expect(await opsCount('redis', 'error')).toBeGreaterThan(errors0); // and its failures were counted

    // While down: ping rejects fast, rate limiting fails open (within this process's own count) or
    // closed when asked, invalidation reports failure.
    const ping = await cache.ping().then(
      () => 'ok',
      () => 'failed',
    );
    expect(ping).toBe('failed');
    expect(await hitRateLimit('ip:down', 2, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: true });
    expect(await hitRateLimit('ip:down', 2, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: true });
    expect(await hitRateLimit('ip:down', 2, 60, cache, { prefix })).toMatchObject({ allowed: false });
    const closed = { prefix, onCacheFailure: 'closed' as const };
    expect(await hitRateLimit('signin:down', 2, 60, cache, closed)).toMatchObject({ allowed: false, degraded: true });
    expect(await invalidateTags(['games'], opts)).toBe(false);
    await expect(cache.publish(`${prefix}:doorbell`, 'lost')).rejects.toThrow();

    // Back on the same port: the driver reconnects by itself.
    await server.start();
    await eventually(() => cache.ping(), 5000);
    await cache.set(`${prefix}:after`, 'round trip ✓', 60);
    expect(await cache.get(`${prefix}:after`)).toBe('round trip ✓');
    expect(await hitRateLimit('ip:up', 1, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: false });
    expect(await cached('fresh', ['games'], 60, async () => 'loaded', opts)).toBe('loaded');
    expect(await cached('fresh', ['games'], 60, async () => 'not cached?', opts)).toBe('loaded');
    // The subscriber connection re-subscribes on its own.
    await eventually(async () => {
      await cache.publish(`${prefix}:doorbell`, 'ring');
      await sleep(50);
      expect(received).toContain('ring');
    }, 5000);
    await unsubscribe();
  });

  it('bounds calls when Redis hangs instead of dying', async () => {
    await eventually(() => cache.ping(), 5000);
    const opts = { cache, prefix };
    await cached('hang', [], 60, async () => 'v1', opts);
    server.pause();
    try {
      // Answered while Redis is still frozen: the timeouts end the calls, not Redis.
      const calls = await Promise.all(Array.from({ length: 20 }, () => cached('hang', [], 60, async () => 'v2', opts)));
      expect(calls).toEqual(Array(20).fill('v2'));
      await expect(cache.ping()).rejects.toThrow();
    } finally {
      server.resume();
    }
    // Late replies to timed-out commands must not be handed to later ones.
    await eventually(() => cache.ping(), 5000);
    await cache.set(`${prefix}:a`, 'A', 60);
    await cache.set(`${prefix}:b`, 'B', 60);
    expect(await cache.mget([`${prefix}:a`, `${prefix}:b`])).toEqual(['A', 'B']);
    expect(await cached('hang', [], 60, async () => 'v3', opts)).toBe('v1');
  });
});

describe('redis down at boot', () => {
  it('fails fast until Redis appears, then connects on its own', async () => {
    const server = await startRedisServer();
    await server.stop();
    const cache = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 300 });
    try {
      // cached()'s own timeout is put out of reach, so each call ends because the driver refuses at
      // once (no offline queue), not because cached() gave up; a driver that queued would hang here.
      const patient = { cache, prefix, timeoutMs: 60_000 };
      const calls = [];
      for (let i = 0; i < 5; i++) calls.push(await cached('boot', [], 60, async () => 'loaded', patient));
      expect(calls).toEqual(Array(5).fill('loaded'));
      await expect(cache.ping()).rejects.toThrow();
      await server.start();
      await eventually(() => cache.ping(), 5000);
      await cache.set(`${prefix}:boot`, 'up', 60);
      expect(await cache.get(`${prefix}:boot`)).toBe('up');
    } finally {
      await cache.close();
      await server.stop();
    }
  });
});

describe('upstash outage', () => {
  it('serves from the loader and fails ping fast when the REST endpoint is gone', async () => {
    const server = await startRedisServer();
    const shim = await startUpstashShim({ redisUrl: server.url });
    const cache = createCache({ driver: 'upstash', url: shim.url, token: shim.token });
    try {
      // The shim is HTTP in front of Redis: on a busy machine a round trip can pass the 250 ms default,
      // which would test the timeout instead of the outage.
      const opts = { cache, prefix, timeoutMs: 5000 };
      expect(await cached('u', ['t'], 60, async () => 'first', opts)).toBe('first');
      expect(await cached('u', ['t'], 60, async () => 'second', opts)).toBe('first');
      const wrongToken = createCache({ driver: 'upstash', url: shim.url, token: 'wrong' });
      await expect(wrongToken.ping()).rejects.toThrow(/Unauthorized/);
      expect(await cached('u', ['t'], 60, async () => 'uncached', { cache: wrongToken, prefix })).toBe('uncached');
      const errors0 = await opsCount('upstash', 'error');
      await shim.close();
      expect(await cached('u', ['t'], 60, async () => 'loaded', opts)).toBe('loaded');
      expect(await opsCount('upstash', 'error')).toBeGreaterThan(errors0);
      await expect(cache.ping()).rejects.toThrow();
      expect(await hitRateLimit('ip', 1, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: true });
    } finally {
      await cache.close();
      await shim.close().catch(() => {});
      await server.stop();
    }
  });
});
