// Predictions in the browser: pick a matchup and a day, see the default model's call, every loaded
// model side by side and what drove the answer, and each model's walk-forward record.
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

test('pick a matchup, see the probability and the model comparison', async ({ page }) => {
  await page.goto('/predictions');
  await expect(page.getByRole('heading', { level: 1, name: 'Predictions' })).toBeVisible();
  // The demo trains logistic regression (the default) and Elo alone at first start.
  const board = page.getByTestId('model-scoreboard');
  await expect(board.getByRole('row', { name: /logistic v1 default/ })).toBeVisible();
  await expect(board.getByRole('row', { name: /elo v1 loaded/ })).toBeVisible();

  const form = page.getByTestId('prediction-form');
  await form.getByLabel('Home team').selectOption({ label: 'Boston Celtics (BOS)' });
  await form.getByLabel('Visiting team').selectOption({ label: 'New York Knicks (NYK)' });
  await form.getByLabel('Day').fill('2019-03-01');
  await form.getByRole('button', { name: 'Predict' }).click();

  await expect(page).toHaveURL(/home=\d+&visitor=\d+&date=2019-03-01/);
  await expect(page.getByTestId('matchup-headline')).toContainText(
    /Boston Celtics \d+% to win, by \d+\.\d points \(logistic v1\)/,
  );
  const rows = page.getByTestId('model-comparison').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('logistic v1');
  await expect(rows.nth(1)).toContainText('elo v1');
  await expect(page.getByTestId('contributions').locator('li').first()).toBeVisible();
  await expectAccessible(page, page.url().replace(/^https?:\/\/[^/]+/, ''));
});

test('a day before any data says why instead of answering', async ({ page }) => {
  await page.goto('/predictions');
  const form = page.getByTestId('prediction-form');
  await form.getByLabel('Home team').selectOption({ label: 'Boston Celtics (BOS)' });
  await form.getByLabel('Visiting team').selectOption({ label: 'New York Knicks (NYK)' });
  await form.getByLabel('Day').fill('1990-01-01');
  await form.getByRole('button', { name: 'Predict' }).click();
  await expect(page.getByTestId('prediction-problem')).toContainText(/before any final game/);
  await expect(page.getByTestId('matchup-answers')).toHaveCount(0);
});
