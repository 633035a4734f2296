// Leagues on the site: the demo youth league beside the NBA, a league picker on the standings, and
// youth privacy on the live demo game (initials for the public, names for its coach).
import { expect, test } from './support/fixtures';

test('the demo youth league lives beside the NBA and never in its pages', async ({ page }) => {
  await page.goto('/leagues');
  const list = page.getByTestId('leagues');
  await expect(list.getByRole('link', { name: 'NBA', exact: true })).toBeVisible();
  await list.getByRole('link', { name: 'Statline Valley Youth League' }).click();
  await expect(page).toHaveURL(/\/leagues\/valley-youth$/);
  await expect(page.getByTestId('league-teams')).toContainText('Harbor Hawks');
  await expect(page.getByTestId('league-teams')).toContainText('Valley Owls');

  await page.goto('/basketball');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^NBA standings · \d{4}-\d{2}$/);
  await expect(page.locator('main')).not.toContainText('Harbor Hawks');
  await page.getByRole('navigation', { name: 'League' }).getByRole('link', { name: 'Statline Valley Youth League' }).click();
  await expect(page).toHaveURL(/league=valley-youth/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Statline Valley Youth League standings/);
});

test("a minor's name shows as initials to the public and in full to the team's coach", async ({ page, signIn }) => {
  await page.goto('/basketball/live');
  const demo = page.locator('[data-testid="live-now"] a', { hasText: 'Harbor Hawks' }).first();
  const href = await demo.getAttribute('href');
  if (!href) throw new Error('no live demo game');
  await page.goto(href);
  const box = page.getByTestId('live-box-HHK');
  await expect(box).toContainText('A. R.');
  await expect(page.locator('body')).not.toContainText('Ava Reyes');

  await signIn('coach@statline.test', '/basketball/scorebook');
  await page.goto(href);
  await expect(page.getByTestId('live-box-HHK')).toContainText('Ava Reyes');
});
