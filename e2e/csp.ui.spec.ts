// Pages run only the scripts the server vouched for: a fresh nonce per response in the CSP, on every
// script Next emits. A script injected into the HTML (as a stored XSS would be) does not run, while
// the page's own scripts still hydrate it.
import { expect, test } from '@playwright/test';

const scriptSrc = (policy: string | undefined) => policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(scriptSrc(policy))?.[1];

test('each page response has its own script nonce, and every script in it carries that nonce', async ({ request }) => {
  const [a, b] = await Promise.all([request.get('/'), request.get('/basketball')]);
  const policies = [a.headers()['content-security-policy'], b.headers()['content-security-policy']];
  for (const policy of policies) {
    expect(scriptSrc(policy)).not.toContain('unsafe-inline');
    expect(scriptSrc(policy)).toContain("'strict-dynamic'");
  }
  const [na, nb] = policies.map(nonceOf);
  expect(na).toBeTruthy();
  expect(na).not.toBe(nb);
  const html = await a.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${na}"`);
  // API answers are no document: nothing may run in them.
  const api = await request.get('/api/health');
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('a script injected into the page does not run; the page still hydrates', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.effectiveDirective));
  });
  // The page itself only: not the prefetches its links make (`?_rsc=`), which may still be in flight at the end.
  await page.route(
    (url) => url.pathname === '/' && !url.searchParams.has('_rsc'),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</body>', '<script>window.injected = true</script></body>');
      await route.fulfill({ response, body });
    },
  );
  await page.goto('/');
  // Next's bootstrap ran: it carries the nonce.
  await page.waitForFunction(() => (window as unknown as { next?: { version?: string } }).next?.version);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
    .toContain('script-src-elem');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
