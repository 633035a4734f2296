// One behavioural contract, three drivers: whatever passes here can be swapped by env alone.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '@/lib/cache';
import { cached, invalidateTags } from '@/lib/cache/cached';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import type { CacheDriver, CacheDriverName } from '@/lib/cache/types';
import { metrics } from '@/lib/metrics';
import { type RedisServer, startRedisServer } from '../support/redis-server';
import { startUpstashShim } from '../support/upstash-shim';

// Unique per run so parallel runs against a shared REDIS_URL never see each other's keys.
const RUN = `test:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

let backend: Promise<{ url: string; server?: RedisServer }> | undefined;
const redisBackend = () => {
  const shared = process.env.REDIS_URL;
  backend ??= shared ? Promise.resolve({ url: shared }) : startRedisServer().then((server) => ({ url: server.url, server }));
  return backend;
};
afterAll(async () => {
  const b = await backend;
  if (b?.server) return b.server.stop();
  if (b) await removeRunKeys(b.url); // shared Redis: leave nothing behind (tag keys live 30 days)
});

async function removeRunKeys(url: string) {
  const client = await createClient({ url }).connect();
  for await (const keys of client.scanIterator({ MATCH: `${RUN}:*`, COUNT: 500 })) if (keys.length) await client.del(keys);
  await client.close();
}

interface Fixture {
  cache: CacheDriver;
  teardown: () => Promise<void>;
}

const drivers: { name: CacheDriverName; setup: () => Promise<Fixture> }[] = [
  {
    name: 'memory',
    setup: async () => {
      const cache = createCache({ driver: 'memory', maxEntries: 10_000 });
      return { cache, teardown: () => cache.close() };
    },
  },
  {
    name: 'redis',
    setup: async () => {
      const cache = createCache({ driver: 'redis', url: (await redisBackend()).url });
      return { cache, teardown: () => cache.close() };
    },
  },
  {
    name: 'upstash',
    setup: async () => {
      const shim = await startUpstashShim({ redisUrl: (await redisBackend()).url });
      // These tests check semantics, not latency: 200 concurrent HTTPS-style calls through the shim can
      // exceed the production 1 s bound on a loaded 2-core CI machine.
      const cache = createCache({ driver: 'upstash', url: shim.url, token: shim.token, requestTimeoutMs: 10_000 });
      const teardown = async () => {
        await cache.close();
        await shim.close();
      };
      return { cache, teardown };
    },
  },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check: () => boolean, ms = 3000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
}
async function opsCount(driver: string, result: string) {
  const { values } = await metrics().cacheOps.get();
  return values.find((v) => v.labels.driver === driver && v.labels.result === result)?.value ?? 0;
}

describe.each(drivers)('cache contract: $name', ({ name, setup }) => {
  const prefix = `${RUN}:${name}`;
  const k = (s: string) => `${prefix}:${s}`;
  let fx: Fixture;
  beforeAll(async () => {
    fx = await setup();
    await fx.cache.ping();
  });
  afterAll(async () => fx?.teardown());

  it('reports its driver name', () => expect(fx.cache.name).toBe(name));

  it('gets what it sets, null when absent, and values stay strings', async () => {
    const { cache } = fx;
    await cache.set(k('a'), 'alpha', 60);
    await cache.set(k('num'), '123', 60);
    await cache.set(k('json'), '{"a":1}', 60);
    expect(await cache.get(k('a'))).toBe('alpha');
    expect(await cache.get(k('num'))).toBe('123');
    expect(await cache.get(k('json'))).toBe('{"a":1}');
    expect(await cache.get(k('missing'))).toBeNull();
  });

  it('round-trips unicode keys and values', async () => {
    const value = 'Zoë – 東京 😀 "quoted" \\ back\nslash {"x":[1,null]} OK';
    await fx.cache.set(k('ключ:😀'), value, 60);
    expect(await fx.cache.get(k('ключ:😀'))).toBe(value);
    expect(await fx.cache.mget([k('ключ:😀')])).toEqual([value]);
  });

  it('expires entries after their TTL', async () => {
    await fx.cache.set(k('short'), 'x', 0.3);
    expect(await fx.cache.get(k('short'))).toBe('x');
    // Gone once the TTL has passed (polled: a busy machine may take longer than 0.3 s to look).
    await expect.poll(() => fx.cache.get(k('short')), { timeout: 3000, interval: 50 }).toBeNull();
  });

  it('mget keeps order and nulls; del removes several keys', async () => {
    const { cache } = fx;
    await cache.set(k('m1'), 'one', 60);
    await cache.set(k('m2'), 'two', 60);
    expect(await cache.mget([k('m1'), k('nope'), k('m2')])).toEqual(['one', null, 'two']);
    expect(await cache.mget([])).toEqual([]);
    await cache.del([k('m1'), k('m2'), k('nope')]);
    await cache.del([]);
    expect(await cache.mget([k('m1'), k('m2')])).toEqual([null, null]);
  });

  it('incr is atomic and sets the window TTL only once', async () => {
    const key = k('counter');
    const results = await Promise.all(Array.from({ length: 200 }, () => fx.cache.incr(key, 10)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(results.every((r) => r.ttlMs > 0 && r.ttlMs <= 10_000)).toBe(true);
    expect(await fx.cache.get(key)).toBe('200');
    const first = results.find((r) => r.count === 1)?.ttlMs ?? 0;
    // Incremented until the clock has moved on: the window keeps running, never pushed back to 10 s.
    let count = 200;
    let next = await fx.cache.incr(key, 10);
    for (const until = Date.now() + 3000; next.ttlMs >= first && Date.now() < until; count++) {
      await sleep(10);
      next = await fx.cache.incr(key, 10);
    }
    expect(next.count).toBe(count + 1);
    expect(next.ttlMs).toBeLessThan(first);
    expect((await fx.cache.incr(k('no-ttl'))).ttlMs).toBe(-1);
  });

  it('incrMany counts several keys, each with its own window, in one call', async () => {
    const [a, b] = [k('many-a'), k('many-b')];
    expect(await fx.cache.incrMany([])).toEqual([]);
    await fx.cache.incr(a, 10);
    const results = await fx.cache.incrMany([
      { key: a, ttlSeconds: 10 },
      { key: b, ttlSeconds: 2 },
    ]);
    expect(results.map((r) => r.count)).toEqual([2, 1]);
    expect(results[0]?.ttlMs).toBeGreaterThan(2_000);
    expect(results[1]?.ttlMs).toBeGreaterThan(0);
    expect(results[1]?.ttlMs).toBeLessThanOrEqual(2_000);
  });

  it('delivers published messages to every subscriber of the channel only', async () => {
    const { cache } = fx;
    const got = { a1: [] as string[], a2: [] as string[], b: [] as string[] };
    const offA1 = await cache.subscribe(k('chan-a'), (m) => got.a1.push(m));
    const offA2 = await cache.subscribe(k('chan-a'), (m) => got.a2.push(m));
    const offB = await cache.subscribe(k('chan-b'), (m) => got.b.push(m));
    const message = JSON.stringify({ seq: 1, text: 'Zoë 😀, "hi"' });
    await cache.publish(k('chan-a'), message);
    await waitFor(() => got.a1.length === 1 && got.a2.length === 1);
    expect(got.a1).toEqual([message]);
    expect(got.a2).toEqual([message]);

    await offA1();
    await offA1(); // idempotent
    await cache.publish(k('chan-a'), 'second');
    await cache.publish(k('chan-b'), 'for b');
    await waitFor(() => got.a2.length === 2 && got.b.length === 1);
    // A last message on the channel: delivery is in order, so had a1 still been subscribed, 'second' would be there.
    await cache.publish(k('chan-a'), 'last');
    await waitFor(() => got.a2.length === 3);
    expect(got.a1).toEqual([message]);
    expect(got.a2).toEqual([message, 'second', 'last']);
    expect(got.b).toEqual(['for b']);
    await offA2();
    await offB();
  });

  it('cached() misses, then hits, counting both', async () => {
    const opts = { cache: fx.cache, prefix };
    let loads = 0;
    const load = async () => ({ n: ++loads, name: 'Zoë 😀' });
    const [hits0, misses0] = [await opsCount(name, 'hit'), await opsCount(name, 'miss')];
    expect(await cached('player:1', ['players'], 60, load, opts)).toEqual({ n: 1, name: 'Zoë 😀' });
    expect(await cached('player:1', ['players'], 60, load, opts)).toEqual({ n: 1, name: 'Zoë 😀' });
    expect(loads).toBe(1);
    expect(await opsCount(name, 'miss')).toBe(misses0 + 1);
    expect(await opsCount(name, 'hit')).toBe(hits0 + 1);
  });

  it('invalidating a tag reloads its entries and leaves other tags cached', async () => {
    const opts = { cache: fx.cache, prefix };
    let version = 1;
    const games = () => cached('games', ['games'], 60, async () => `games v${version}`, opts);
    const teams = () => cached('teams', ['teams'], 60, async () => `teams v${version}`, opts);
    const both = () => cached('both', ['teams', 'games'], 60, async () => `both v${version}`, opts);
    expect([await games(), await teams(), await both()]).toEqual(['games v1', 'teams v1', 'both v1']);
    version = 2;
    expect([await games(), await teams(), await both()]).toEqual(['games v1', 'teams v1', 'both v1']);
    expect(await invalidateTags(['games'], opts)).toBe(true);
    expect([await games(), await teams(), await both()]).toEqual(['games v2', 'teams v1', 'both v2']);
    version = 3;
    expect(await invalidateTags(['teams'], opts)).toBe(true);
    expect([await games(), await teams(), await both()]).toEqual(['games v2', 'teams v3', 'both v3']);
  });

  it('rate limits within a fixed window', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit('ip:1', 3, 30, fx.cache, { prefix }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results.every((r) => !r.degraded && r.resetSeconds > 0)).toBe(true);
    expect(results[0]?.resetSeconds).toBeLessThanOrEqual(30);
  });
});
