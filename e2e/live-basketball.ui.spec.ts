// Live scoring end to end: the demo coach builds two teams and a game in the scorebook, scores it
// from the scorekeeper page while an anonymous spectator watches the score change without a
// reload; plays tapped offline (or while the events endpoint is unreachable, across a reload) wait
// in the outbox and arrive exactly once.
import type { Page } from '@playwright/test';
import { deviceContext } from './support/device-context';
import { expect, test } from './support/fixtures';

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(path, { data });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { data: T }).data;
}

interface Play {
  seq: number;
  type: string;
  voided: boolean;
  data: Record<string, unknown>;
}

async function plays(page: Page, gameId: number): Promise<Play[]> {
  const res = await page.request.get(`/api/v1/basketball/games/${gameId}/plays`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { data: Play[] }).data;
}

test('score a game live, offline included, while a spectator watches', async ({ page, browser, signIn }, testInfo) => {
  test.setTimeout(120_000);
  const tag = `${testInfo.project.name === 'phone' ? 'P' : 'D'}${String(Date.now()).slice(-3)}`;
  await signIn('coach@statline.test', '/basketball/scorebook');
  await expect(page.getByRole('heading', { name: 'Scorebook' })).toBeVisible();

  // The visitors and every player through the API (the page's cookies), the home team through the form.
  const visitor = await post<{ id: number }>(page, '/api/v1/basketball/teams', { name: `Owls ${tag}`, abbreviation: `O${tag}` });
  const vp: number[] = [];
  for (let i = 1; i <= 6; i++) {
    const p = await post<{ id: number }>(page, '/api/v1/basketball/players', {
      first_name: `Owl${i}`,
      last_name: tag,
      team_id: visitor.id,
      jersey_number: i,
    });
    vp.push(p.id);
  }
  await page.reload();
  const team = page.getByTestId('team-form');
  await team.getByLabel('Team name').fill(`Hawks ${tag}`);
  await team.getByLabel('Abbreviation').fill(`H${tag}`);
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/basketball/teams') && r.request().method() === 'POST');
  await team.getByRole('button', { name: 'Create team' }).click();
  const home = ((await (await created).json()) as { data: { id: number } }).data;
  await expect(team.getByRole('status')).toHaveText(`Created Hawks ${tag} (H${tag}). You coach it.`);
  await expect(page.getByTestId('my-teams')).toContainText(`Hawks ${tag}`);
  const hp: number[] = [];
  for (let i = 1; i <= 6; i++) {
    const p = await post<{ id: number }>(page, '/api/v1/basketball/players', {
      first_name: `Hawk${i}`,
      last_name: tag,
      team_id: home.id,
      jersey_number: i + 10,
    });
    hp.push(p.id);
  }

  // The API's own message shows in the form: a number already worn on that team.
  const player = page.getByTestId('player-form');
  await player.getByLabel('Team').selectOption(String(home.id));
  await player.getByLabel('First name').fill('Dup');
  await player.getByLabel('Last name').fill(tag);
  await player.getByLabel('Jersey number').fill('11');
  await player.getByRole('button', { name: 'Add player' }).click();
  await expect(player.getByRole('alert')).toContainText('already wears number 11');

  const game = page.getByTestId('game-form');
  await game.getByLabel('Visitor').selectOption(String(visitor.id));
  await game.getByLabel('Home').selectOption(String(home.id));
  const scheduled = page.waitForResponse((r) => r.url().endsWith('/api/v1/basketball/games') && r.request().method() === 'POST');
  await game.getByRole('button', { name: 'Schedule game' }).click();
  const gameId = ((await (await scheduled).json()) as { data: { id: number } }).data.id;
  const listed = page.getByTestId(`game-${gameId}`);
  await expect(listed).toContainText(`O${tag} @ H${tag}`);
  await expect(listed.getByRole('link', { name: 'Spectator link' })).toHaveAttribute('href', `/basketball/live/${gameId}`);
  await listed.getByRole('link', { name: 'Score' }).click();
  await expect(page).toHaveURL(new RegExp(`/basketball/games/${gameId}/score$`));

  // Starters for both teams, then tip-off.
  const sync = page.getByTestId('sync-state');
  for (const [side, ids] of [
    ['visitor', vp],
    ['home', hp],
  ] as const) {
    await page.getByTestId(`team-${side}`).click();
    for (const id of ids.slice(0, 5)) await page.getByTestId(`player-${id}`).click();
    await page.getByRole('button', { name: 'Set starters (5/5)' }).click();
    await expect(page.getByRole('button', { name: 'Set starters (5/5)' })).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Start Q1' }).click();
  await expect(page.getByTestId('game-clock')).toHaveText('Q1');
  await expect(sync).toHaveText('Synced');

  const fanContext = await deviceContext(browser, testInfo);
  const fan = await fanContext.newPage();
  await fan.goto(`/basketball/live/${gameId}`);
  await expect(fan.getByTestId('live-connection')).toHaveText('Live');
  await expect(fan.getByTestId('score-visitor')).toHaveText('0');

  // A made three with an assist: two taps on the shooter and the play, one on the passer.
  await page.getByTestId('team-visitor').click();
  await page.getByTestId(`player-${vp[0]}`).click();
  await page.getByRole('button', { name: '3PT made' }).click();
  await page.getByTestId(`choice-${vp[1]}`).click();
  await expect(fan.getByTestId('score-visitor')).toHaveText('3', { timeout: 2000 });
  await expect(fan.getByTestId('live-feed').locator('li').first()).toContainText(`Owl1 ${tag} made 3PT (assist Owl2 ${tag})`);
  await expect(sync).toHaveText('Synced');

  // Offline: two plays queue up, show as pending and count on the scorer's screen at once.
  await page.context().setOffline(true);
  await page.getByTestId('team-home').click();
  await page.getByTestId(`player-${hp[0]}`).click();
  await page.getByRole('button', { name: '2PT made' }).click();
  await page.getByRole('button', { name: 'No assist' }).click();
  await page.getByTestId(`player-${hp[1]}`).click();
  await page.getByRole('button', { name: 'FT made' }).click();
  await expect(sync).toHaveText('Offline – 2 queued');
  await expect(page.getByTestId('play-feed').locator('li[data-pending]')).toHaveCount(2);
  await expect(page.getByTestId('score-home')).toHaveText('3');
  await expect(fan.getByTestId('score-home')).toHaveText('0');

  await page.context().setOffline(false);
  await expect(sync).toHaveText('Synced', { timeout: 15_000 });
  await expect(fan.getByTestId('score-home')).toHaveText('3', { timeout: 5000 });
  const afterOffline = await plays(page, gameId);
  expect(afterOffline.map((p) => [p.seq, p.type])).toEqual([
    [1, 'starters'],
    [2, 'starters'],
    [3, 'period_start'],
    [4, 'field_goal'],
    [5, 'field_goal'],
    [6, 'free_throw'],
  ]);
  expect(afterOffline[4]?.data).toEqual({ team_id: home.id, player_id: hp[0], points: 2, made: true });
  expect(afterOffline[5]?.data).toEqual({ team_id: home.id, player_id: hp[1], made: true });

  // The events endpoint unreachable, then a reload: the queue survives it and is sent once after.
  await page.route('**/api/v1/basketball/games/*/events', (route) => route.abort('internetdisconnected'));
  await page.getByTestId('team-visitor').click();
  await page.getByTestId(`player-${vp[2]}`).click();
  await page.getByRole('button', { name: 'Defensive rebound' }).click();
  await expect(sync).toHaveText('Offline – 1 queued');
  await page.reload();
  await expect(sync).toHaveText('Offline – 1 queued');
  await expect(page.getByTestId('play-feed').locator('li[data-pending]')).toContainText(`Owl3 ${tag} defensive rebound`);
  await page.unroute('**/api/v1/basketball/games/*/events');
  await expect(sync).toHaveText('Synced', { timeout: 15_000 });
  const afterReload = await plays(page, gameId);
  expect(afterReload.map((p) => [p.seq, p.type])).toEqual([...afterOffline.map((p) => [p.seq, p.type]), [7, 'rebound']]);

  // Undo takes back the last play; the spectator's feed strikes it through.
  await page.getByRole('button', { name: 'Undo last' }).click();
  await expect(page.getByTestId('scorer-notices')).toContainText(`Undone: Owl3 ${tag} defensive rebound`);
  await expect(sync).toHaveText('Synced');
  await expect(fan.getByTestId('live-feed').locator('li[data-voided]')).toContainText(`Owl3 ${tag} defensive rebound`);
  expect((await plays(page, gameId)).find((p) => p.seq === 7)?.voided).toBe(true);
  await expect(fan.getByTestId('score-visitor')).toHaveText('3');
  await expect(fan.getByTestId('score-home')).toHaveText('3');
  // A shot given a spot on the court lands on the spectator's shot chart.
  await page.getByText('Shot location').click();
  const court = page.getByTestId('shot-picker');
  const box = await court.boundingBox();
  if (!box) throw new Error('no court');
  await court.click({ position: { x: box.width * 0.25, y: box.height * 0.5 } });
  await page.getByTestId(`player-${vp[3]}`).click();
  await page.getByRole('button', { name: '2PT miss' }).click();
  await page.getByRole('button', { name: 'No block' }).click();
  await expect(fan.getByTestId('shot-chart-summary')).toHaveText('0 made (●), 1 missed (×) of the shots given a location.');
  await expect(fan.getByTestId('shot-chart').locator('[data-made="false"]')).toHaveCount(1);
  const shot = (await plays(page, gameId)).at(-1);
  expect(shot?.type).toBe('field_goal');
  expect(shot?.data.x).toBeCloseTo(0.25, 1);
  expect(shot?.data.y).toBeCloseTo(0.5, 1);

  // The game clock: started and stopped by the scorer, shown running to the spectator with MIN.
  await page.getByRole('button', { name: 'Start clock' }).click();
  await expect(fan.getByTestId('clock-time')).toHaveAttribute('data-running', 'true', { timeout: 5000 });
  await page.waitForTimeout(1200);
  await page.getByRole('button', { name: 'Stop clock' }).click();
  await expect(sync).toHaveText('Synced');
  await expect(fan.getByTestId('clock-time')).toHaveAttribute('data-running', 'false', { timeout: 5000 });
  expect(await fan.getByTestId('clock-time').textContent()).toMatch(/^11:5\d$/);
  await expect(fan.getByTestId(`live-box-O${tag}`).getByRole('columnheader', { name: 'MIN' })).toBeVisible();

  // An earlier play corrected from the list: the made three becomes a two, for the spectator too.
  const three = page
    .getByTestId('play-feed')
    .locator('li')
    .filter({ hasText: `Owl1 ${tag} made 3PT` });
  await three.getByRole('button', { name: /^Edit/ }).click();
  await page.getByTestId('play-editor').getByLabel('Points').selectOption('2');
  await page.getByTestId('play-editor').getByRole('button', { name: 'Save' }).click();
  await expect(sync).toHaveText('Synced');
  await expect(fan.getByTestId('score-visitor')).toHaveText('2', { timeout: 5000 });
  await expect(fan.getByTestId('live-feed')).toContainText(`Owl1 ${tag} made 2PT (assist Owl2 ${tag}) (edited)`);
  const corrected = await plays(page, gameId);
  expect(corrected.find((p) => p.seq === 4)?.data).toMatchObject({ points: 2, made: true, assist_player_id: vp[1] });

  // The scorekeeper is for signed-in scorers only.
  await fan.goto(`/basketball/games/${gameId}/score`);
  await expect(fan).toHaveURL(/\/sign-in\?callbackUrl=/);
  await fanContext.close();
});

test('a fan account finds no scorebook', async ({ page, signIn }) => {
  await signIn('fan@statline.test');
  await page.goto('/basketball/scorebook');
  await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();
});
