// The API reference as a developer meets it: drawn by the renderer in the browser, grouped by tag,
// each endpoint with its curl command and the example response recorded from the demo data, all
// under the site's Content-Security-Policy and without a request to any other origin.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const recorded = JSON.parse(readFileSync(new URL('../lib/api/openapi.examples.json', import.meta.url), 'utf8'));
const players = recorded['GET /api/v1/basketball/players'] as {
  request: { url: string };
  response: { data: { name: string }[] };
};

async function watch(page: Page, baseURL: string) {
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return {
    foreign,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

test('the API reference renders tag groups and an endpoint with its curl and example response, within the CSP', async ({
  page,
  baseURL,
  isMobile,
}) => {
  const seen = await watch(page, baseURL ?? '');
  const response = await page.goto('/docs/api');
  expect(response?.headers()['content-security-policy']).toContain("'strict-dynamic'");
  await expect(page).toHaveTitle('API reference · Statline');
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();

  const reference = page.getByTestId('api-reference');
  // The guide from info.description comes first.
  await expect(reference.getByRole('heading', { name: 'Rate limits' })).toBeVisible({ timeout: 30_000 });

  // Tags under their groups, in the renderer's navigation (behind a menu button on a phone).
  if (isMobile) await reference.getByRole('button', { name: 'Open Menu' }).click();
  for (const group of ['basketball', 'golf', 'accounts']) {
    await expect(reference.locator(`a[href="#tag-group/${group}"]`).filter({ visible: true })).toBeVisible();
  }
  for (const tag of ['basketball', 'live-basketball', 'imports']) {
    await expect(reference.locator(`a[href="#tag/${tag}"]`).filter({ visible: true })).toBeVisible();
  }

  // An endpoint: its curl is the recorded call, its example the recorded answer.
  await reference.locator('a[href="#tag/basketball"]').filter({ visible: true }).click();
  await expect(reference.getByText(`$STATLINE_URL${players.request.url}`).first()).toBeVisible({ timeout: 15_000 });
  await expect(reference.getByText(players.response.data[0]?.name ?? '', { exact: false }).first()).toBeVisible();

  if (!isMobile) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  expect(await seen.violations()).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the rest of the site does not load the renderer', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  expect(scripts.length).toBeGreaterThan(0);
  // Scalar's root class: present in every chunk of its bundle.
  expect(scripts.filter((s) => s.includes('scalar-app'))).toEqual([]);
});
