// A first start on a new machine: while the app opens its new embedded database and loads the demo
// data, it says so on the console with progress, and a request gets a "starting, N%" answer at once
// (a page that reloads itself, or a 503 with Retry-After for the API) instead of hanging.
import { expect, test } from '@playwright/test';
import { spawnApp } from './support/app-process';

test('a first start answers at once with its progress, then serves the demo data', async ({ page }) => {
  test.setTimeout(300_000);
  const app = await spawnApp({});
  try {
    // The port opens before the database is ready: the first answer is the starting page.
    let first: Response | null = null;
    const deadline = Date.now() + 30_000;
    while (!first && Date.now() < deadline) {
      first = await fetch(app.url).catch(() => null);
      if (!first) await new Promise((r) => setTimeout(r, 100));
    }
    expect(first?.status).toBe(503);
    expect(first?.headers.get('retry-after')).toBe('2');
    const html = (await first?.text()) ?? '';
    expect(html).toMatch(/Statline is starting: [a-z ()-]+(, \d{1,3}%)?…/);
    // It reloads itself and shows the progress as a bar.
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toMatch(/<progress max="100"( value="\d+")?>/);

    const started = Date.now();
    const api = await fetch(`${app.url}/api/v1/basketball/teams`);
    // Answered at once, not after the load.
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(api.status).toBe(503);
    expect((await api.json()).error.code).toBe('starting');

    // A browser that arrives now follows the page's reloads until the app is up (the load may even
    // have finished already), then sees the demo's standings.
    await page.goto(app.url);
    await expect(page.getByTestId('standings')).toBeVisible({ timeout: 240_000 });
    expect(app.output().stdout).toMatch(/loading demo data \(basketball-demo\): \d+%/);
    expect(app.output().stdout).toContain('Statline ready on');
  } finally {
    await app.stop();
  }
});
