// WCAG 2.2 AA on every main page, at the desktop and the phone width: axe-core finds no serious or
// critical violation. Pages are listed by what a visitor reaches from the navigation.
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';

async function firstHref(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute('href');
  if (!href) throw new Error(`no link ${selector} on ${path}`);
  return href;
}

// The phone run checks the narrowest common phone, 390 px (the project's device is a little wider).
test.beforeEach(async ({ page, isMobile }) => {
  if (isMobile) await page.setViewportSize({ width: 390, height: 844 });
});

const publicPages = [
  '/',
  '/basketball',
  '/basketball/leaders',
  '/basketball/live',
  '/basketball/search?q=bucks',
  '/leagues',
  '/leagues/valley-youth',
  '/golf',
  '/golf/players',
  '/golf/rounds',
  '/football',
  '/predictions',
  '/about',
  '/docs/api',
  '/sign-in',
  '/sign-up',
  '/forgot-password',
];

for (const path of publicPages) {
  test(`${path} has no serious accessibility violation`, async ({ page }) => {
    await expectAccessible(page, path);
  });
}

test('team, player, box score, live game and golf round pages have no serious accessibility violation', async ({ page }) => {
  test.setTimeout(240_000);
  const team = await firstHref(page, '/basketball', '[data-testid="standings"] tbody a');
  const player = await firstHref(page, '/basketball/leaders', '[data-testid="leaders"] tbody a');
  const game = await firstHref(page, player, '[data-testid="game-log"] tbody a');
  const live = await firstHref(page, '/basketball/live', '[data-testid="live-now"] a, [data-testid="recent-finals"] a');
  const round = await firstHref(page, '/golf/rounds', '[data-testid="rounds"] tbody a');
  const golfer = await firstHref(page, '/golf/players', '[data-testid="golfers"] tbody a');
  for (const path of [team, player, game, live, round, golfer, `${golfer}/handicap`]) await expectAccessible(page, path);
});

test('signed-in pages have no serious accessibility violation', async ({ page, signIn }) => {
  test.setTimeout(240_000);
  await signIn('admin@statline.test');
  for (const path of [
    '/account',
    '/settings/api-keys',
    '/basketball/scorebook',
    '/golf/rounds/new',
    '/admin',
    '/admin/imports',
    '/admin/audit',
    '/admin/accounts',
    '/golf/courses/new',
  ])
    await expectAccessible(page, path);
  // The scorekeeper of the demo's live game.
  const live = await firstHref(page, '/basketball/live', '[data-testid="live-now"] a, [data-testid="recent-finals"] a');
  await expectAccessible(page, `/basketball/games/${live.match(/\d+$/)?.[0]}/score`);
  // A team page with its Invite form (an admin may invite anyone).
  await expectAccessible(page, await firstHref(page, '/basketball', '[data-testid="standings"] tbody a'));
});

test('a skip link jumps past the header to the content, and focus is visible', async ({ page }) => {
  await page.goto('/basketball');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
});

test('at 390 px the golf card scrolls under fixed labels, behind the site header, and marks scores by shape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The demo's rounds, past today's (a golf event's spec may have started dozens of rounds today).
  const today = new Date().toISOString().slice(0, 10);
  await page.goto(`/golf/rounds?before=${today}_00000000-0000-0000-0000-000000000000`);
  const links = await page
    .getByTestId('rounds')
    .locator('tbody a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  let found = false;
  for (const href of links.slice(0, 10)) {
    await page.goto(href ?? '/');
    if ((await page.locator('[title="birdie"]').count()) > 0 && (await page.locator('[title="bogey"]').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, 'a demo round with a birdie and a bogey').toBe(true);
  const shape = (title: string) =>
    page
      .locator(`[title="${title}"]`)
      .first()
      .evaluate((el) => ({ radius: getComputedStyle(el).borderTopLeftRadius, border: getComputedStyle(el).borderTopWidth }));
  const [birdie, bogey] = [await shape('birdie'), await shape('bogey')];
  expect(Number.parseFloat(birdie.radius)).toBeGreaterThan(10);
  expect(Number.parseFloat(birdie.border)).toBeGreaterThan(0);
  expect(Number.parseFloat(bogey.radius)).toBe(0);
  expect(Number.parseFloat(bogey.border)).toBeGreaterThan(0);

  // Every hole, Out, In and the total are on the card; the labels stay put while it scrolls sideways.
  const out = page.getByTestId('card-out');
  const back = page.getByTestId('card-in');
  await expect(out.getByRole('columnheader')).toHaveText(['Hole', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'Out']);
  await expect(back.getByRole('columnheader')).toHaveText([
    'Hole',
    '10',
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    'In',
    'Tot',
  ]);
  const label = back.locator('tbody th').first();
  const before = await label.boundingBox();
  await back.evaluate((table) => table.parentElement?.scrollBy({ left: 400 }));
  await expect(back.getByRole('columnheader', { name: 'Tot' })).toBeInViewport();
  expect((await label.boundingBox())?.x).toBe(before?.x);

  // Scrolled under the sticky site header, the card's sticky labels stay beneath it.
  await back.evaluate((table) => window.scrollBy(0, table.getBoundingClientRect().top - 20));
  const top = await page.evaluate(() => document.elementFromPoint(20, 30)?.closest('header') !== null);
  expect(top).toBe(true);
});
