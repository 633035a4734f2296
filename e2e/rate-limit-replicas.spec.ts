// Acceptance: the rate limit holds across two app instances sharing one Redis.
import { expect, test } from '@playwright/test';
import { startRedisServer } from '../test/support/redis-server';
import { spawnApp, waitUntilUp } from './support/app-process';

test('two instances sharing Redis enforce one budget per caller', async () => {
  test.setTimeout(120_000);
  const redis = await startRedisServer();
  const env = { REDIS_URL: redis.url, RATE_LIMIT_ANON_PER_MIN: '5', NEXTAUTH_SECRET: 'replica-shared-secret-0123456789' };
  const [a, b] = await Promise.all([spawnApp(env), spawnApp(env)]);
  try {
    await Promise.all([waitUntilUp(a.url), waitUntilUp(b.url)]);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const target = i % 2 === 0 ? a : b;
      // A fresh forged address each time: with no proxy in front, the TCP peer is what counts.
      const res = await fetch(`${target.url}/api/v1/me`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    await redis.stop();
  }
});
