// Graceful SIGTERM: the app reports not-ready while it drains, then exits cleanly.
import { expect, test } from '@playwright/test';
import { spawnApp, waitUntilUp } from './support/app-process';

test('SIGTERM turns /api/ready to 503 during the grace period, then exits 0', async () => {
  const app = await spawnApp({ SHUTDOWN_GRACE_MS: '2500' });
  try {
    await waitUntilUp(app.url);
    expect((await fetch(`${app.url}/api/ready`)).status).toBe(200);
    app.child.kill('SIGTERM');
    await expect.poll(async () => (await fetch(`${app.url}/api/ready`)).status, { timeout: 2000 }).toBe(503);
    const body = await (await fetch(`${app.url}/api/ready`)).json();
    expect(body).toMatchObject({ status: 'not_ready', shutting_down: true });
    // In-flight and new requests are still answered while draining.
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    const code = await Promise.race([app.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 15_000))]);
    expect(code).toBe(0);
  } finally {
    await app.stop();
  }
});
