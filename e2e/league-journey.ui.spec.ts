// The leagues acceptance, end to end on a site that sends mail: the demo coach (who runs the demo
// youth league) creates a team in it, invites a parent by email, the test reads the mail, the parent
// signs up from its link, accepts and follows the team; the coach scores a game and the parent's
// "My Statline" shows the score without a reload. The NBA standings read the same before and after.
// A second instance of the app runs with SMTP (the shared one sends no mail): on Postgres it shares
// the shared server's database, on the embedded database it loads its own demo data.
import { type Browser, expect, type Page, type TestInfo } from '@playwright/test';
import { startSmtpInbox } from '../test/support/smtp-inbox';
import { spawnApp, waitUntilUp } from './support/app-process';
import { deviceContext } from './support/device-context';
import { demoPassword, test } from './support/fixtures';

async function newPage(browser: Browser, testInfo: TestInfo, baseURL: string): Promise<Page> {
  return (await deviceContext(browser, testInfo, baseURL)).newPage();
}

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(path, { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return ((await res.json()) as { data: T }).data;
}

const standings = async (page: Page) => {
  await page.goto('/basketball');
  const tables = await page.getByTestId('standings').allTextContents();
  expect(tables.length).toBeGreaterThan(0);
  return [await page.getByRole('heading', { level: 1 }).textContent(), ...tables].join('\n');
};

test('a coach invites a parent by mail; the parent follows the team and watches its game live', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const tag = `${testInfo.project.name === 'phone' ? 'P' : 'D'}${String(Date.now()).slice(-3)}`;
  const inbox = await startSmtpInbox();
  const shared = process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, REDIS_URL: process.env.REDIS_URL } : {};
  const app = await spawnApp((url) => ({
    ...shared,
    NEXTAUTH_URL: url,
    SMTP_URL: inbox.url,
    MAIL_FROM: 'Statline <no-reply@statline.test>',
    NEXTAUTH_SECRET: 'league-journey-secret-0123456789abcdef',
    RATE_LIMIT_SIGNIN_PER_MIN: '1000',
    RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: '1000',
    RATE_LIMIT_ACCOUNT_LOOKUPS_PER_HOUR: '1000',
  }));
  try {
    // An app that cannot start (a bad setting) fails the test at once, with its output.
    let up = false;
    const exited = app.exited.then((code) => {
      if (!up) throw new Error(`the app exited (${code}): ${app.output().stdout}\n${app.output().stderr}`);
    });
    await Promise.race([waitUntilUp(app.url, 240_000).then(() => (up = true)), exited]);
    const coach = await newPage(browser, testInfo, app.url);
    const nbaBefore = await standings(coach);
    expect(nbaBefore).not.toContain(tag);

    // The coach creates a team in the league they run, in the scorebook.
    await coach.goto(`/sign-in?callbackUrl=${encodeURIComponent('/basketball/scorebook')}`);
    await coach.getByLabel('Email').fill('coach@statline.test');
    await coach.getByLabel('Password').fill(demoPassword);
    await coach.getByRole('button', { name: 'Sign in' }).click();
    await expect(coach).toHaveURL(/\/basketball\/scorebook$/);
    const form = coach.getByTestId('team-form');
    await form.getByLabel('Team name').fill(`Herons ${tag}`);
    await form.getByLabel('Abbreviation').fill(`H${tag}`);
    await form.getByLabel('League').selectOption({ label: 'Statline Valley Youth League' });
    const created = coach.waitForResponse((r) => r.url().endsWith('/api/v1/basketball/teams') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Create team' }).click();
    const home = ((await (await created).json()) as { data: { id: number; league_id: number } }).data;
    // Its roster, and the visitors with theirs, through the API with the coach's session.
    const visitor = await post<{ id: number }>(coach, '/api/v1/basketball/teams', {
      name: `Kites ${tag}`,
      abbreviation: `K${tag}`,
      league_id: home.league_id,
    });
    const roster = async (teamId: number, first: string) => {
      const ids: number[] = [];
      for (let i = 1; i <= 5; i++) {
        const p = await post<{ id: number }>(coach, '/api/v1/basketball/players', {
          first_name: `${first}${i}`,
          last_name: tag,
          team_id: teamId,
          jersey_number: i,
        });
        ids.push(p.id);
      }
      return ids;
    };
    const hp = await roster(home.id, 'Heron');
    const vp = await roster(visitor.id, 'Kite');

    // The invitation goes out by mail: the page says so and shows no link.
    const parentEmail = `parent-${tag.toLowerCase()}@example.com`;
    await coach.goto(`/basketball/teams/${home.id}`);
    const invite = coach.getByTestId('invite-form');
    await invite.getByLabel('Email').fill(parentEmail);
    await invite.locator('select[name="role"]').selectOption({ label: 'Parent of a player' });
    await invite.locator('select[name="player_id"]').selectOption({ label: `Heron1 ${tag}` });
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await expect(coach.getByText(`Invitation mailed to ${parentEmail}.`)).toBeVisible();
    await expect(coach.getByTestId('invite-link')).toHaveCount(0);
    const mail = await inbox.next(parentEmail, 15_000);
    const link = mail.text.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error(`no invitation link in the mail:\n${mail.text}`);

    // The parent signs up from the link, accepts, and follows the team.
    const parent = await newPage(browser, testInfo, app.url);
    await parent.goto(new URL(link).pathname);
    await parent.getByTestId('invitation-sign-in').getByRole('link', { name: 'create an account' }).click();
    await parent.getByLabel('Name').fill(`Pat ${tag}`);
    await parent.getByLabel('Email').fill(parentEmail);
    await parent.getByLabel('Password (10+ characters)').fill('a parent passphrase');
    await parent.getByRole('button', { name: 'Create account' }).click();
    await expect(parent).toHaveURL(new RegExp(`${new URL(link).pathname}$`));
    await parent.getByTestId('invitation-accept').click();
    await expect(parent.getByTestId('invitation-accepted')).toBeVisible();
    await parent.goto(`/basketball/teams/${home.id}`);
    await parent.getByTestId('follow-button').click();
    await expect(parent.getByTestId('follow-button')).toHaveText('Following');

    // The coach schedules the game; the parent opens My Statline and keeps it open.
    const game = await post<{ id: number }>(coach, '/api/v1/basketball/games', {
      date: new Date().toISOString().slice(0, 10),
      home_team_id: home.id,
      visitor_team_id: visitor.id,
    });
    await parent.goto('/my');
    await expect(parent.getByTestId(`feed-game-${game.id}`)).toBeVisible();

    // The coach scores from the scorekeeper page.
    await coach.goto(`/basketball/games/${game.id}/score`);
    for (const [side, ids] of [
      ['visitor', vp],
      ['home', hp],
    ] as const) {
      await coach.getByTestId(`team-${side}`).click();
      for (const id of ids) await coach.getByTestId(`player-${id}`).click();
      await coach.getByRole('button', { name: 'Set starters (5/5)' }).click();
      await expect(coach.getByRole('button', { name: 'Set starters (5/5)' })).toHaveCount(0);
    }
    await coach.getByRole('button', { name: 'Start Q1' }).click();
    const row = parent.getByTestId(`feed-game-${game.id}`);
    await expect(row).toContainText('Live', { timeout: 15_000 });
    await coach.getByTestId('team-home').click();
    await coach.getByTestId(`player-${hp[0]}`).click();
    await coach.getByRole('button', { name: '2PT made' }).click();
    await coach.getByRole('button', { name: 'No assist' }).click();
    await expect(coach.getByTestId('sync-state')).toHaveText('Synced');
    // Without a reload: the parent's page now shows the home team's two points.
    await expect(row.locator('strong').nth(1)).toHaveText('2', { timeout: 15_000 });
    await expect(row.locator('strong').nth(0)).toHaveText('0');

    // Nothing of it reached the NBA.
    expect(await standings(parent)).toBe(nbaBefore);
  } finally {
    await app.stop();
    await inbox.close();
  }
});
