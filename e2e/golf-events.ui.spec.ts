// The acceptance: an event with 40 groups (160 guests) on one course updates its leaderboard
// live, on desktop and on a phone. This project's golfer organises its own event through the API
// (so the two projects never share one), opens the leaderboard, and a hole scored for a guest in
// group 37 moves them to the top without a reload while the two leaders before it become T2.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const COURSE = 'Statline Links (fictional)';
const GROUPS = 40;

async function call<T>(page: Page, method: 'post' | 'put', path: string, data: unknown, status = 201): Promise<T> {
  const res = await page.request[method](path, { data });
  expect(res.status(), await res.text()).toBe(status);
  return ((await res.json()) as { data: T }).data;
}

interface Group {
  round: { id: string };
  players: { entry_id: number; position: number; name: string }[];
}

test('a 40-group event: a hole scored in group 37 reorders the live leaderboard without a reload', async ({
  page,
  signIn,
  golfer,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(golfer, '/golf');
  const courses = await page.request.get(`/api/v1/golf/courses?search=${encodeURIComponent('Statline Links')}`);
  const course = (
    (await courses.json()) as { data: { id: number; name: string; tees: { id: number; par: number[] }[] }[] }
  ).data.find((c) => c.name === COURSE);
  if (!course?.tees[0]) throw new Error(`${COURSE} is not seeded`);
  const tee = course.tees[0];
  const par1 = tee.par[0] ?? 4;

  const tag = `${testInfo.project.name} ${Date.now()}`;
  const today = new Date().toISOString().slice(0, 10);
  const event = await call<{ id: number }>(page, 'post', '/api/v1/golf/events', {
    name: `Society medal ${tag}`,
    course_id: course.id,
    tee_id: tee.id,
    start_date: today,
    format: 'stroke_play',
    rounds: 1,
  });
  const entrants = Array.from({ length: GROUPS * 4 }, (_, i) => ({
    name: `Guest ${String(i + 1).padStart(3, '0')}`,
    handicap_index: (i % 36) + 0.4,
  }));
  const entries = await call<{ id: number }[]>(page, 'post', `/api/v1/golf/events/${event.id}/entries`, { entrants });
  expect(entries).toHaveLength(GROUPS * 4);
  const groups: Group[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const teeTime = new Date(Date.parse(`${today}T08:00:00Z`) + g * 8 * 60_000).toISOString();
    groups.push(
      await call<Group>(page, 'post', `/api/v1/golf/events/${event.id}/groups`, {
        round_number: 1,
        tee_time: teeTime,
        entry_ids: entries.slice(g * 4, g * 4 + 4).map((e) => e.id),
      }),
    );
  }
  const score = (group: Group, position: number, strokes: number) =>
    call(page, 'put', `/api/v1/golf/rounds/${group.round.id}/holes/1`, { position, strokes }, 200);

  // Two leaders at level par through one hole before the page opens.
  const groupAt = (n: number) => groups[n - 1] as Group;
  const [g1, g2, g37] = [groupAt(1), groupAt(2), groupAt(37)];
  await score(g1, 1, par1);
  await score(g2, 1, par1);
  const line = (entryId: number) => page.getByTestId(`event-line-${entryId}`);
  const entryAt = (group: Group, position: number) => group.players.find((p) => p.position === position)?.entry_id ?? 0;

  await page.goto(`/golf/events/${event.id}`);
  await expect(page.getByRole('heading', { name: `Society medal ${tag}` })).toBeVisible();
  await expect(page.getByTestId('event-board-connection')).toHaveText('Live');
  await expect(page.getByTestId('event-board').locator('tbody tr')).toHaveCount(GROUPS * 4);
  await expect(line(entryAt(g1, 1)).getByTestId('event-line-position')).toHaveText('T1');
  await expect(line(entryAt(g2, 1)).getByTestId('event-line-position')).toHaveText('T1');
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // A birdie in group 37, scored by the organiser for a guest without an account.
  const birdie = entryAt(g37, 2);
  await score(g37, 2, par1 - 1);
  const row = line(birdie);
  await expect(row.getByTestId('event-line-position')).toHaveText('1');
  await expect(row.getByTestId('event-line-score')).toHaveText('-1');
  await expect(row.getByTestId('event-line-thru')).toHaveText('1');
  await expect(page.getByTestId('event-board').locator('tbody tr').first()).toHaveAttribute(
    'data-testid',
    `event-line-${birdie}`,
  );
  await expect(line(entryAt(g1, 1)).getByTestId('event-line-position')).toHaveText('T2');
  await expect(line(entryAt(g2, 1)).getByTestId('event-line-position')).toHaveText('T2');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Net ranks by net to par: the switch shows it at once.
  await page.getByTestId('event-board-by-net').click();
  await expect(page.getByTestId('event-board-by-net')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('columnheader', { name: 'Gross' })).toBeVisible();
});

test('the organiser pastes a field and draws it into groups on the event page', async ({ page, signIn, golfer }, testInfo) => {
  await signIn(golfer, '/golf');
  const courses = await page.request.get(`/api/v1/golf/courses?search=${encodeURIComponent('Statline Links')}`);
  const course = ((await courses.json()) as { data: { id: number; name: string; tees: { id: number }[] }[] }).data.find(
    (c) => c.name === COURSE,
  );
  const name = `Pairs draw ${testInfo.project.name} ${Date.now()}`;
  const event = await call<{ id: number }>(page, 'post', '/api/v1/golf/events', {
    name,
    course_id: course?.id,
    tee_id: course?.tees[0]?.id,
    start_date: new Date().toISOString().slice(0, 10),
  });
  await page.goto(`/golf/events/${event.id}`);
  const entries = page.getByTestId('event-entries-form');
  await entries
    .getByLabel('Guests, one a line: name, Handicap Index')
    .fill(Array.from({ length: 7 }, (_, i) => `Pasted ${i + 1}, ${i * 3}.2`).join('\n'));
  await entries.getByRole('button', { name: 'Enter them' }).click();
  await expect(entries).toContainText('7 entered.');
  const draw = page.getByTestId('event-draw-form');
  await draw.getByLabel('Minutes between groups').fill('9');
  await draw.getByRole('button', { name: 'Draw ungrouped players' }).click();
  await expect(draw).toContainText('2 groups made.');
  const groups = page.getByTestId('event-groups');
  await expect(groups).toContainText('Groups and tee times (2)');
  await groups.locator('summary').click();
  await expect(groups.getByRole('link', { name: 'Score group 2' })).toHaveAttribute('href', /\/golf\/rounds\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('event-board').locator('tbody tr')).toHaveCount(7);
});
