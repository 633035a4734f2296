import { expect, test } from '@playwright/test';

test('home page shows the site frame and the demo results', async ({ page, isMobile }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Statline/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('latest-results').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('standings').locator('tbody tr')).toHaveCount(10);

  const nav = isMobile ? page.getByTestId('nav-mobile') : page.getByTestId('nav-desktop');
  if (isMobile) {
    await expect(page.getByTestId('nav-desktop')).toBeHidden();
    await nav.locator('summary').click();
  }
  for (const label of ['Basketball', 'Golf', 'Football', 'Predictions']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Basketball', exact: true }).click();
  await expect(page).toHaveURL(/\/basketball$/);
  await expect(page.getByTestId('standings').locator('tbody tr')).toHaveCount(30);
});

test('the layout fits the viewport without horizontal scrolling', async ({ page }) => {
  await page.goto('/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('follows the system colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
});
