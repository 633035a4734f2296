// A newcomer finds every section from the navigation, follows live games from their index, picks a
// season on standings, team and player pages (the URL keeps it), and reads a full box score.
import { expect, test } from './support/fixtures';

async function openMenu(page: import('@playwright/test').Page, isMobile: boolean) {
  if (isMobile) await page.getByTestId('nav-mobile').locator('summary').click();
  return isMobile ? page.getByTestId('nav-mobile') : page.getByTestId('nav-desktop');
}

test('the navigation and footer reach every section', async ({ page, isMobile }) => {
  await page.goto('/');
  let nav = await openMenu(page, isMobile);
  await nav.getByRole('link', { name: 'API', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/api$/);

  nav = await openMenu(page, isMobile);
  await nav.getByRole('link', { name: 'Live', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live games' })).toBeVisible();
  await expect(page).toHaveTitle('Live basketball games · Statline');

  nav = await openMenu(page, isMobile);
  await nav.getByRole('link', { name: 'Golf', exact: true }).click();
  const golf = page.getByRole('navigation', { name: 'Golf' });
  await golf.getByRole('link', { name: 'Players' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Golfers' })).toBeVisible();
  await expect(golf.getByRole('link', { name: 'Players' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('golfers').locator('tbody tr').first()).toBeVisible();
  await golf.getByRole('link', { name: 'Rounds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rounds' })).toBeVisible();
  await page.getByTestId('rounds').locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/golf\/rounds\/[0-9a-f-]{36}$/);

  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'API reference' })).toHaveAttribute('href', '/docs/api');
  await expect(footer.getByRole('link', { name: 'Status' })).toHaveAttribute('href', '/api/ready');
  await footer.getByRole('link', { name: 'Data sources & licences' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Statline' })).toBeVisible();
});

test('admins get an Admin link to their pages; fans do not', async ({ page, isMobile, signIn }) => {
  await signIn('fan@statline.test');
  let nav = await openMenu(page, isMobile);
  await expect(nav.getByRole('link', { name: 'Admin', exact: true })).toHaveCount(0);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();

  await page.context().clearCookies();
  await signIn('admin@statline.test');
  nav = await openMenu(page, isMobile);
  await nav.getByRole('link', { name: 'Admin', exact: true }).click();
  await expect(page.getByTestId('admin-links').getByRole('link')).toHaveCount(4);
  await page.getByRole('link', { name: /Audit log/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
});

test('the live index lists the demo game with its score and opens it', async ({ page }) => {
  await page.goto('/basketball/live');
  const demo = page.locator('[data-testid="live-now"] a, [data-testid="recent-finals"] a', { hasText: 'Harbor Hawks' }).first();
  await expect(demo).toBeVisible();
  await expect(demo).toContainText(/\d+/);
  await demo.click();
  await expect(page).toHaveURL(/\/basketball\/(live|games)\/\d+$/, { timeout: 20_000 });
  await expect(page).toHaveTitle(/Harbor Hawks|HHK/);
});

test('season pickers keep the season in the URL on standings, team and player pages', async ({ page }) => {
  await page.goto('/basketball');
  const picker = page.getByRole('navigation', { name: 'Season' });
  await picker.getByRole('link', { name: '2017-18' }).click();
  await expect(page).toHaveURL(/\/basketball\?season=2017$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NBA standings · 2017-18');
  await expect(page).toHaveTitle('NBA standings 2017-18 · Basketball · Statline');
  await expect(picker.getByRole('link', { name: '2017-18' })).toHaveAttribute('aria-current', 'page');

  await page.getByTestId('standings').getByRole('link', { name: 'Houston Rockets' }).click();
  await expect(page).toHaveTitle('Houston Rockets 2017-18 · Statline');

  await page.goto('/basketball/search?q=doncic');
  await page.getByTestId('search-results').getByRole('link', { name: 'Luka Dončić' }).click();
  await expect(page).toHaveTitle(/^Luka Dončić · 2024-25 stats/);
  await expect(page.getByTestId('game-log').locator('tbody tr').first()).toContainText(/[WL] \d+–\d+/);
});

test('a box score: the line score by period for a live-scored game and a title naming the game', async ({ page }) => {
  await page.goto('/basketball/live');
  const demo = page.locator('[data-testid="live-now"] a, [data-testid="recent-finals"] a', { hasText: 'Harbor Hawks' }).first();
  const id = (await demo.getAttribute('href'))?.match(/\d+$/)?.[0];
  await page.goto(`/basketball/games/${id}`);
  await expect(page).toHaveTitle(/^\w+ \d+–\d+ \w+ · \w{3} \d{1,2}, \d{4} · Box score · Statline$/);
  const line = page.getByTestId('line-score');
  await expect(line.getByRole('columnheader')).toHaveText(['Team', '1', '2', '3', '4', 'T']);
  for (const side of ['visitor', 'home']) {
    const cells = await page.getByTestId(`line-score-${side}`).locator('td').allTextContents();
    const periods = cells.slice(0, -1).filter(Boolean).map(Number);
    expect(periods.reduce((a, b) => a + b, 0)).toBe(Number(cells.at(-1)));
  }
});

test('a 2024-25 game known from player logs shows its final score', async ({ page }) => {
  await page.goto('/basketball/search?q=tatum');
  await page.getByTestId('search-results').getByRole('link', { name: 'Jayson Tatum' }).click();
  await page.getByTestId('game-log').locator('tbody tr').first().getByRole('link').click();
  await expect(page.getByTestId('scoreline')).toHaveText(/\d{2,3}.*\d{2,3}/);
  await expect(page.getByTestId('score-note')).toContainText("the score is the sum of the players' points");
  await expect(page.getByRole('row', { name: /^Totals/ })).toHaveCount(2);
});
