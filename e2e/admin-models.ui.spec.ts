// Admin training in a real browser: an admin trains a game model, watches the progress bar to the
// end, then loads the version it made (and unloads it again, so other specs see the demo's models).
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('an admin trains a model with a progress bar, then loads it', async ({ page, signIn }) => {
  test.setTimeout(180_000);
  await signIn('admin@statline.test', '/admin/models');
  await expect(page.getByRole('heading', { level: 1, name: 'Prediction models' })).toBeVisible();

  const form = page.getByTestId('train-form');
  await form.getByLabel('Kind').selectOption('tree');
  await form.getByRole('button', { name: 'Train' }).click();
  const progress = page.getByTestId('training-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('data-status', 'succeeded', { timeout: 150_000 });
  await expect(progress).toHaveAttribute('value', '1');
  const status = page.getByTestId('training-status');
  await expect(status).toHaveText(/Done: nba-game-tree v\d+ registered/);
  const version = (await status.textContent())?.match(/nba-game-tree v(\d+)/)?.[1];
  const label = `tree v${version}`;

  // The server-rendered table refreshes once the job ends: the new version is stored, not loaded.
  const row = page.getByTestId('admin-model-versions').getByRole('row', { name: new RegExp(`^${label} `) });
  await expect(row.getByTestId('version-state')).toHaveText('stored');
  await row.getByRole('button', { name: `Load ${label}` }).click();
  await expect(row.getByTestId('version-state')).toHaveText('loaded');
  await expectAccessible(page, '/admin/models');
  await row.getByRole('button', { name: `Unload ${label}` }).click();
  await expect(row.getByTestId('version-state')).toHaveText('stored');
});
