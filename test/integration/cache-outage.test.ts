// A failing cache never fails a request: Redis dies (and hangs) under load, every cached()
// call still resolves from the loader, quickly; once Redis is back the driver recovers alone.
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
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
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
      sleep(i * 5).then(() => timed(() => cached(`k${i % 20}`, ['games'], 60, async () => `value ${i % 20}`, opts))),
    );
    const settled = await Promise.allSettled(calls);
    await killed;

    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const results = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
    for (const [i, r] of results.entries()) expect(r?.value).toBe(`value ${i % 20}`);
    expect(Math.max(...results.map((r) => r?.ms ?? 0))).toBeLessThan(1000); // bounded, never hung
    expect(await opsCount('redis', 'hit')).toBeGreaterThan(hits0); // the cache was in use before the kill
    expect(await opsCount('redis', 'error')).toBeGreaterThan(errors0); // and its failures were counted

    // While down: ping rejects fast, rate limiting fails open, invalidation reports failure.
    const ping = await timed(() =>
      cache.ping().then(
        () => 'ok',
        () => 'failed',
      ),
    );
    expect(ping.value).toBe('failed');
    expect(ping.ms).toBeLessThan(600);
    expect(await hitRateLimit('ip:down', 1, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: true });
    expect(await hitRateLimit('ip:down', 1, 60, cache, { prefix })).toMatchObject({ allowed: true, degraded: true });
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
      const calls = await Promise.all(
        Array.from({ length: 20 }, () => timed(() => cached('hang', [], 60, async () => 'v2', opts))),
      );
      expect(calls.map((c) => c.value)).toEqual(Array(20).fill('v2'));
      expect(Math.max(...calls.map((c) => c.ms))).toBeLessThan(800);
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
      const calls = [];
      for (let i = 0; i < 5; i++) calls.push(await timed(() => cached('boot', [], 60, async () => 'loaded', { cache, prefix })));
      expect(calls.map((c) => c.value)).toEqual(Array(5).fill('loaded'));
      expect(Math.max(...calls.slice(1).map((c) => c.ms))).toBeLessThan(100); // only the first may wait
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
      const opts = { cache, prefix };
      expect(await cached('u', ['t'], 60, async () => 'first', opts)).toBe('first');
      expect(await cached('u', ['t'], 60, async () => 'second', opts)).toBe('first');
      const wrongToken = createCache({ driver: 'upstash', url: shim.url, token: 'wrong' });
      await expect(wrongToken.ping()).rejects.toThrow(/Unauthorized/);
      expect(await cached('u', ['t'], 60, async () => 'uncached', { cache: wrongToken, prefix })).toBe('uncached');
      const errors0 = await opsCount('upstash', 'error');
      await shim.close();
      const call = await timed(() => cached('u', ['t'], 60, async () => 'loaded', opts));
      expect(call.value).toBe('loaded');
      expect(call.ms).toBeLessThan(500);
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
