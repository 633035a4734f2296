// Acceptance: stopping Redis while the app serves requests fails none of them, and /api/ready then
// reports the cache as down. Runs its own app process against a private redis-server.
import { expect, test } from '@playwright/test';
import { startRedisServer } from '../test/support/redis-server';
import { spawnApp, waitUntilUp } from './support/app-process';

test('a Redis outage fails no request and shows as a degraded cache in /api/ready', async ({ page }) => {
  test.setTimeout(120_000);
  const redis = await startRedisServer();
  const app = await spawnApp({ REDIS_URL: redis.url });
  try {
    await waitUntilUp(app.url);
    const ready = await (await fetch(`${app.url}/api/ready`)).json();
    expect(ready).toMatchObject({ status: 'ready', cache: 'redis', db: 'pglite' });

    const statuses: number[] = [];
    let stopped = false;
    const load = (async () => {
      for (let i = 0; i < 60; i++) {
        const paths = ['/', '/basketball', '/api/health'];
        const results = await Promise.all(paths.map((p) => fetch(`${app.url}${p}`).then((r) => r.status)));
        statuses.push(...results);
        if (i === 15) {
          await redis.stop();
          stopped = true;
        }
      }
    })();
    await load;
    expect(stopped).toBe(true);
    expect(statuses).toHaveLength(180);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const down = await fetch(`${app.url}/api/ready`);
    expect(down.status).toBe(200);
    const body = await down.json();
    expect(body.status).toBe('degraded');
    expect(body.checks.cache.ok).toBe(false);
    expect(body.checks.database.ok).toBe(true);

    // A person browsing during the outage still gets the page with its data.
    await page.goto(`${app.url}/`);
    await expect(page.getByTestId('latest-results').locator('li').first()).toBeVisible();

    const metrics = await (await fetch(`${app.url}/api/metrics`)).text();
    expect(metrics).toMatch(/cache_operations_total\{driver="redis",result="error"\} [1-9]/);

    await redis.start();
    await expect.poll(async () => (await (await fetch(`${app.url}/api/ready`)).json()).status, { timeout: 15_000 }).toBe('ready');
  } finally {
    await app.stop();
    await redis.stop().catch(() => {});
  }
});
