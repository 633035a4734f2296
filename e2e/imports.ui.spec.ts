// The admin import page in a real browser: pick a file, import it, watch the progress bar reach the
// end, read the counts and the rejected row. The file re-imports one demo game (changing nothing)
// plus one malformed row, so other specs see the same demo data afterwards.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const demoLog = path.join(process.cwd(), 'lib', 'demo', 'data', 'basketball', 'log-2019.csv');

test('the demo admin imports a CSV and watches it to the end', async ({ page, signIn }) => {
  const [header, home, away] = readFileSync(demoLog, 'utf8').split('\n');
  const broken = home?.replace(/,(\d+),(-?\d+),1$/, ',lots,$2,1'); // PTS is not a number
  const csv = [header, home, away, broken].join('\n');

  await signIn('admin@statline.test');
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole('link', { name: 'Data imports →' }).click();
  await expect(page.getByRole('heading', { name: 'Basketball imports' })).toBeVisible();

  await page.getByLabel(/Data file/).setInputFiles({ name: 'e2e-games.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Import' }).click();

  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  // One row rejected: partial, not succeeded. The demo game was stored already: unchanged, not inserted.
  await expect(progress).toHaveAttribute('data-status', 'partial', { timeout: 30_000 });
  await expect(progress).toHaveAttribute('value', '1');
  await expect(page.getByTestId('import-status')).toHaveText(
    'Done, with rejected rows: e2e-games.csv: 3 rows, 0 inserted, 0 updated, 2 unchanged, 1 rejected.',
  );
  const rejections = page.getByTestId('rejections-table');
  await expect(rejections.locator('tbody tr')).toHaveCount(1);
  await expect(rejections.locator('tbody tr').first()).toContainText(/^4\s*row 4, PTS: 'lots'/);
  const download = page.waitForEvent('download');
  await page.getByTestId('rejections-csv').click();
  const csvText = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(csvText).toContain("row 4, PTS: 'lots'");
  // The server-rendered list below refreshes once the job ends.
  await expect(page.getByTestId('import-jobs').locator('tbody tr').first()).toContainText('e2e-games.csv');
  await expect(page.getByTestId('import-jobs').locator('tbody tr').first()).toContainText('partial');
  await expect(page.getByRole('button', { name: 'Import' })).toBeEnabled();
});

test('a fan finds no import page and no link to it', async ({ page, signIn }) => {
  await signIn('fan@statline.test');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('link', { name: 'Data imports →' })).toHaveCount(0);
  await page.goto('/admin/imports');
  await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();
  await expect(page.getByLabel(/Data file/)).toHaveCount(0);
});
