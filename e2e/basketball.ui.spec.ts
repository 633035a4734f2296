// Browse leaders → a player page with its chart → a game's box score; tables sort; search finds.
import { expect, test } from '@playwright/test';

test('leaders → player page with a chart → game box score', async ({ page }) => {
  await page.goto('/basketball/leaders');
  await expect(page.getByRole('heading', { name: /NBA leaders · 2024-25/ })).toBeVisible();
  const leaders = page.getByTestId('leaders');
  const firstPlayer = leaders.locator('tbody tr').first().getByRole('link');
  const name = (await firstPlayer.textContent()) ?? '';
  await firstPlayer.click();

  await expect(page.getByTestId('player-name')).toHaveText(name);
  await expect(page.getByTestId('season-averages').locator('tbody tr').first()).toContainText('2024-25');
  const chart = page.getByTestId('rolling-chart');
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();
  await expect(chart.locator('.recharts-line')).toHaveCount(3);
  await chart.getByRole('tab', { name: 'Rebounds' }).click();
  await expect(chart.getByRole('tab', { name: 'Rebounds' })).toHaveAttribute('aria-selected', 'true');

  const log = page.getByTestId('game-log');
  const firstGame = log.locator('tbody tr').first();
  const points = (await firstGame.locator('td').nth(5).textContent()) ?? '';
  await firstGame.getByRole('link').click();
  await expect(page.getByTestId('scoreline')).toBeVisible();
  const row = page.locator('tr', { has: page.getByRole('link', { name, exact: true }) });
  await expect(row.locator('td').nth(2)).toHaveText(points);
});

test('a season with team box scores only says so on the leaders page and points to one with players', async ({ page }) => {
  await page.goto('/basketball/leaders?season=2018');
  await expect(page.getByTestId('leaders-empty')).toContainText('No player statistics for this season');
  await expect(page.getByTestId('leaders')).toHaveCount(0);
  await page.getByTestId('leaders-empty').getByRole('link', { name: '2024-25' }).click();
  await expect(page.getByRole('heading', { name: /NBA leaders · 2024-25/ })).toBeVisible();
  await expect(page.getByTestId('leaders-qualifier')).toContainText("70% of the team's games");
});

test('tables sort by a clicked column', async ({ page }) => {
  await page.goto('/basketball/leaders?stat=pts');
  const values = page.getByTestId('leaders').locator('tbody tr td:nth-child(5)');
  const read = async () => (await values.allTextContents()).map(Number);
  const before = await read();
  expect(before).toEqual([...before].sort((a, b) => b - a));
  const header = page.getByRole('button', { name: /^Points/ });
  // Numbers sort high-to-low first (as stats sites do); a second click flips the order.
  await header.click();
  await expect(header).toContainText('▼');
  await header.click();
  await expect(header).toContainText('▲');
  await expect.poll(read).toEqual([...before].sort((a, b) => a - b));
});

test('search finds players and teams', async ({ page }) => {
  await page.goto('/basketball/search?q=bucks');
  await expect(page.getByTestId('search-results').getByRole('link', { name: 'Milwaukee Bucks' })).toBeVisible();
  await page.getByRole('link', { name: 'Milwaukee Bucks' }).click();
  await expect(page.getByTestId('team-name')).toHaveText('Milwaukee Bucks');
  await expect(page.getByTestId('schedule').locator('tbody tr').first()).toBeVisible();
});

test('search from the header, on a phone too, ignores accents and case', async ({ page, isMobile }) => {
  await page.goto('/');
  if (isMobile) await page.getByTestId('nav-mobile').locator('summary').click();
  const box = isMobile
    ? page.getByTestId('search-mobile')
    : page.locator('header').getByLabel('Search players and teams').first();
  await box.fill(isMobile ? 'DONCIC' : 'doncic');
  await box.press('Enter');
  await expect(page.getByTestId('search-results').getByRole('link', { name: 'Luka Dončić' })).toBeVisible();
});
