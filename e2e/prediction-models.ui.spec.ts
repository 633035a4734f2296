// The model pages: every version's walk-forward scoreboard against the baselines, its calibration
// chart and accuracy by season, reached from /predictions.
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('the model page shows the scoreboard and the calibration chart', async ({ page }) => {
  await page.goto('/predictions');
  await page.getByRole('link', { name: /Every model version/ }).click();
  await expect(page).toHaveURL(/\/predictions\/models$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Prediction models' })).toBeVisible();
  const board = page.getByTestId('models-scoreboard');
  await expect(board.getByRole('row', { name: /logistic v1/ })).toBeVisible();
  const calibration = page.getByTestId('calibration-chart').first();
  await expect(calibration).toBeVisible();
  // recharts draws the observed bins as scatter symbols and the diagonal as a line.
  await expect(calibration.locator('.recharts-scatter-symbol').first()).toBeVisible();
  await expect(calibration.locator('.recharts-line-curve')).toHaveCount(1);
  await expect(page.getByTestId('season-accuracy-chart').first()).toBeVisible();
  await expectAccessible(page, '/predictions/models');
});
