// The course builder in a browser: a golfer copies a 9-hole card, is told what is wrong with it as
// they type (by tee and hole), fixes it, and saves. The first save reaches the server but its answer
// is lost on the way back; saving again returns the stored course, so exactly one is added.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const par = [4, 4, 3, 5, 4, 4, 3, 4, 5];
const strokeIndex = [3, 7, 9, 1, 5, 2, 8, 6, 4];
const womenStrokeIndex = [5, 3, 9, 1, 7, 2, 8, 4, 6];

async function fillRow(page: Page, label: string, values: number[]) {
  for (const [i, v] of values.entries()) await page.getByLabel(`${label} hole ${i + 1}`, { exact: true }).fill(String(v));
}

test('build a 9-hole course, fix what the builder flags, save once through a lost answer', async ({
  page,
  signIn,
  golfer,
}, testInfo) => {
  const name = `Builder Nine ${testInfo.project.name} ${Date.now()}`;
  await signIn(golfer, '/golf/courses/new');

  await page.getByLabel('Course name').fill(name);
  await page.getByLabel('City').fill('Pinehurst');
  await page.getByLabel('Holes').selectOption('9');
  await expect(page.getByLabel('Par hole 10', { exact: true })).toHaveCount(0);
  await fillRow(page, 'Par', par);
  // Hole 2 typed as a second 1: not a permutation.
  await fillRow(
    page,
    'Stroke index',
    strokeIndex.map((si, i) => (i === 1 ? 1 : si)),
  );
  await fillRow(page, "Women's stroke index", womenStrokeIndex.slice(0, 8));
  await page.getByLabel("Men's rating", { exact: true }).fill('35.1');
  await page.getByLabel("Men's slope", { exact: true }).fill('121');

  await page.getByRole('button', { name: 'Save course' }).click();
  const problems = page.getByTestId('course-problems');
  await expect(problems).toContainText(`Tee "White" (hole 9): women's stroke index is missing`);

  // Fixed as they type: the list follows the card, down to the checks across holes.
  await page.getByLabel("Women's stroke index hole 9", { exact: true }).fill('6');
  await expect(problems).toContainText('Tee "White": stroke index must be a permutation of 1..9: 1 appears twice, 7 is missing');
  await page.getByLabel('Stroke index hole 2', { exact: true }).fill('7');
  await expect(problems).toHaveCount(0);

  // The save lands, but the phone never hears back.
  let firstId: number | undefined;
  let keys: string[] = [];
  await page.route('**/api/v1/golf/courses', async (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    const res = await route.fetch();
    expect(res.status()).toBe(201);
    firstId = (await res.json()).data.id;
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Save course' }).click();
  await expect(page.getByTestId('course-problems')).toContainText('the course may have been saved');
  await page.unroute('**/api/v1/golf/courses');
  expect(firstId).toBeDefined();

  const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/golf/courses') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Save course' }).click();
  const second = await answer;
  keys = [...keys, (await second.request().allHeaders())['idempotency-key'] ?? ''];
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(await second.json()).toMatchObject({ data: { id: firstId }, meta: { duplicate: true } });
  await expect(page.getByTestId('course-created')).toContainText(`${name} is saved.`);

  // Stored once, as entered.
  const stored = await (await page.request.get(`/api/v1/golf/courses/${firstId}`)).json();
  expect(stored.data).toMatchObject({
    name,
    holes: 9,
    tees: [
      {
        name: 'White',
        par,
        stroke_index: strokeIndex,
        stroke_index_women: womenStrokeIndex,
        ratings: { men: { course_rating: 35.1, slope: 121 }, women: null },
      },
    ],
  });
  let same = 0;
  for (let cursor: string | null = null, pages = 0; pages < 20; pages++) {
    const query: string = cursor ? `?per_page=100&cursor=${cursor}` : '?per_page=100';
    const list = await (await page.request.get(`/api/v1/golf/courses${query}`)).json();
    same += list.data.filter((c: { name: string }) => c.name === name).length;
    cursor = list.meta.next_cursor;
    if (!cursor) break;
  }
  expect(same).toBe(1);
});
