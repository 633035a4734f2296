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
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
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
  for (const tag of ['Basketball', 'Live basketball', 'Imports', 'Golf', 'Accounts', 'API keys']) {
    await expect(reference.getByRole('heading', { name: tag, exact: true }).first()).toBeAttached();
  }

  // The first tag's first endpoint: its curl is the recorded call, its example the recorded answer.
  const operation = reference.locator('[id*="GET/api/v1/basketball/players"]').first();
  await operation.scrollIntoViewIfNeeded();
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
