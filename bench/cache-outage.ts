// How long cached() calls take while the cache fails: Redis killed under load, Redis frozen, Redis
// down at boot, the Upstash endpoint gone. The integration test (cache-outage.test.ts) proves the
// calls end and fall back to the loader; this measures how quickly. Targets, from when they were
// limits in that test: killed under load max < 1000 ms, ping while down < 600 ms, frozen max < 800 ms,
// down at boot: every call after the first < 100 ms, Upstash gone < 500 ms.
import { createCache } from '@/lib/cache';
import { cached } from '@/lib/cache/cached';
import { startRedisServer } from '../test/support/redis-server';
import { startUpstashShim } from '../test/support/upstash-shim';
import { saveResults } from './lib/results';

const prefix = `bench:outage:${Math.random().toString(36).slice(2, 8)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (x: number) => Math.round(x * 10) / 10;
const quantile = (xs: number[], q: number) => round1([...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] ?? 0);
const summary = (ms: number[]) => ({
  calls: ms.length,
  p50_ms: quantile(ms, 0.5),
  p99_ms: quantile(ms, 0.99),
  max_ms: quantile(ms, 1),
});

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function killedUnderLoad() {
  const server = await startRedisServer();
  const cache = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 500 });
  try {
    await cache.ping();
    const opts = { cache, prefix };
    // 300 calls over ~1.5 s on 20 hot keys; Redis is killed at 600 ms.
    const killed = sleep(600).then(() => server.stop());
    const calls = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        sleep(i * 5).then(() => timed(() => cached(`k${i % 20}`, ['games'], 60, async () => `value ${i % 20}`, opts))),
      ),
    );
    await killed;
    const ping = await timed(() => cache.ping().catch(() => {}));
    return { killed_under_load: summary(calls), ping_while_down_ms: round1(ping) };
  } finally {
    await cache.close();
    await server.stop();
  }
}

async function frozen() {
  const server = await startRedisServer();
  const cache = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 500 });
  try {
    const opts = { cache, prefix };
    await cached('hang', [], 60, async () => 'v1', opts);
    server.pause();
    try {
      return summary(
        await Promise.all(Array.from({ length: 20 }, () => timed(() => cached('hang', [], 60, async () => 'v2', opts)))),
      );
    } finally {
      server.resume();
    }
  } finally {
    await cache.close();
    await server.stop();
  }
}

async function downAtBoot() {
  const server = await startRedisServer();
  await server.stop();
  const cache = createCache({ driver: 'redis', url: server.url, maxBackoffMs: 300 });
  try {
    const calls: number[] = [];
    for (let i = 0; i < 5; i++) calls.push(await timed(() => cached('boot', [], 60, async () => 'loaded', { cache, prefix })));
    return { first_ms: round1(calls[0] ?? 0), later: summary(calls.slice(1)) };
  } finally {
    await cache.close();
  }
}

async function upstashGone() {
  const server = await startRedisServer();
  const shim = await startUpstashShim({ redisUrl: server.url });
  const cache = createCache({ driver: 'upstash', url: shim.url, token: shim.token });
  try {
    await cached('u', ['t'], 60, async () => 'first', { cache, prefix });
    await shim.close();
    return round1(await timed(() => cached('u', ['t'], 60, async () => 'loaded', { cache, prefix })));
  } finally {
    await cache.close();
    await shim.close().catch(() => {});
    await server.stop();
  }
}

export async function cacheOutageBench(): Promise<void> {
  process.env.LOG_LEVEL ??= 'silent';
  const results = {
    ...(await killedUnderLoad()),
    frozen: await frozen(),
    down_at_boot: await downAtBoot(),
    upstash_gone_ms: await upstashGone(),
  };
  console.log(JSON.stringify(results, null, 2));
  console.log(`results: ${saveResults('cache-outage', results)}`);
}
