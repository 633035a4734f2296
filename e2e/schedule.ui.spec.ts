// A league admin runs the schedule in the browser: adds a game, moves it, cancels it; the public
// schedule follows each change.
import { expect, test } from './support/fixtures';

test('a league admin adds, moves and cancels a game', async ({ page, signIn }, testInfo) => {
  // Desktop and phone share the demo league: each takes its own day.
  const day = testInfo.project.name === 'phone' ? '2031-03-12' : '2031-03-11';
  const north = `North Gym ${testInfo.project.name}`;
  const south = `South Gym ${testInfo.project.name}`;
  await signIn('coach@statline.test', '/leagues/valley-youth/schedule/manage');
  const form = page.getByTestId('add-game-form');
  await form.getByLabel('Visitor').selectOption({ label: 'Statline Valley Owls' });
  await form.getByLabel('Home').selectOption({ label: 'Port Statline Harbor Hawks' });
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Venue (optional)').fill(north);
  await form.getByRole('button', { name: 'Add game' }).click();
  await expect(form.getByRole('status')).toHaveText('Game added.');

  const row = page.getByTestId('upcoming-games').locator('tr', { hasText: north });
  await expect(row).toHaveCount(1);
  await row.getByText('Change').click();
  await row.getByLabel('Venue').fill(south);
  await row.getByRole('button', { name: 'Save' }).click();
  const moved = page.getByTestId('upcoming-games').locator('tr', { hasText: south });
  await expect(moved).toHaveCount(1);
  await page.goto('/leagues/valley-youth/schedule');
  await expect(page.locator('main')).toContainText(south);

  await page.goto('/leagues/valley-youth/schedule/manage');
  const again = page.getByTestId('upcoming-games').locator('tr', { hasText: south });
  page.once('dialog', (d) => void d.accept());
  await again.getByText('Change').click();
  await again.getByRole('button', { name: 'Cancel game' }).click();
  await expect(page.getByTestId('upcoming-games').locator('tr', { hasText: south })).toHaveCount(0);
  await page.goto('/leagues/valley-youth/schedule');
  await expect(page.locator('main')).not.toContainText(south);
});
