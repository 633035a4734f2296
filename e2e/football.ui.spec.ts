// Football in the browser: the demo's seasons with standings and games by week, and a game with its
// win-probability chart, drives and play-by-play.
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('browse a season by week, open a game, see its win probability, drives and plays', async ({ page }) => {
  await page.goto('/football?season=2017');
  await expect(page.getByRole('heading', { level: 1, name: 'NFL 2017' })).toBeVisible();
  await expect(page.getByTestId('football-standings').locator('tbody tr')).toHaveCount(32);
  const week1 = page.getByTestId('football-week').first();
  await expect(week1.getByRole('heading', { name: 'Week 1' })).toBeVisible();
  await week1.getByRole('link', { name: /ARI @ DET\s*23–35/ }).click();

  await expect(page.getByTestId('football-scoreline')).toContainText('Arizona Cardinals 23');
  await expect(page.getByTestId('football-scoreline')).toContainText('Detroit Lions 35');
  await expect(page.getByTestId('win-probability-chart').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('football-drives').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('football-drives')).toContainText('Touchdown');
  await expect(page.getByTestId('football-plays').locator('li').first()).toContainText('Q1');
  await expectAccessible(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
});

test('the postseason of 2018, from nflscrapR, lists its eleven games', async ({ page }) => {
  await page.goto('/football?season=2018');
  const links = page.getByTestId('football-week').getByRole('link');
  await expect(links).toHaveCount(11);
  await expect(page.getByText('Postseason · week 18')).toBeVisible();
});
