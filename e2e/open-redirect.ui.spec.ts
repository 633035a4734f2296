// After signing in, a hostile callbackUrl (as a phishing link would carry) never leaves the site.
import { demoPassword, expect, test } from './support/fixtures';

for (const hostile of ['/%5Cevil.example/x', '/%09/evil.example/x', '//evil.example/x', 'https://evil.example/x']) {
  test(`sign-in with callbackUrl=${hostile} stays on this site`, async ({ page, baseURL }) => {
    const left: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL ?? '')) left.push(r.url());
    });
    await page.goto(`/sign-in?callbackUrl=${hostile}`);
    await page.getByLabel('Email').fill('fan@statline.test');
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
    expect(left).toEqual([]);
  });
}
