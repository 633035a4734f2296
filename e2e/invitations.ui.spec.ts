// Invitations in the browser: the demo coach invites a parent from the youth team's page (this site
// sends no mail, so the page shows the link to hand over), the parent opens it signed out, creates an
// account and comes back to accept, and then sees the minor's name the public sees as initials. A
// second invitation is taken back and its link says so. (Mail delivery: test/integration/invitations.test.ts.)
import { deviceContext } from './support/device-context';
import { expect, test } from './support/fixtures';

test('a coach invites a parent; the parent signs up from the link, accepts and sees the minor by name', async ({
  page,
  browser,
  signIn,
}, testInfo) => {
  const tag = `${testInfo.project.name}-${Date.now()}`;
  const parentEmail = `parent-${tag}@example.com`;
  await signIn('coach@statline.test', '/leagues/valley-youth');
  await page.getByTestId('league-teams').getByRole('link', { name: 'Harbor Hawks' }).click();
  await expect(page.getByTestId('team-name')).toContainText('Harbor Hawks');

  const form = page.getByTestId('invite-form');
  await form.getByLabel('Email').fill(parentEmail);
  await form.locator('select[name="role"]').selectOption({ label: 'Parent of a player' });
  await form.locator('select[name="player_id"]').selectOption({ label: 'Ava Reyes' });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const link = (await page.getByTestId('invite-link').textContent()) ?? '';
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByTestId('pending-invitations')).toContainText(`${parentEmail} · parent of Ava Reyes`);

  // The parent, in their own browser, signed out.
  const parentContext = await deviceContext(browser, testInfo);
  const parent = await parentContext.newPage();
  const path = new URL(link).pathname;
  await parent.goto(path);
  await expect(parent.getByTestId('invitation-summary')).toContainText(/invites you to be parent of a player of .*Harbor Hawks/);
  await parent.getByTestId('invitation-sign-in').getByRole('link', { name: 'create an account' }).click();
  await parent.getByLabel('Name').fill('Pat Reyes');
  await parent.getByLabel('Email').fill(parentEmail);
  await parent.getByLabel('Password (10+ characters)').fill('a parent passphrase');
  await parent.getByRole('button', { name: 'Create account' }).click();
  await expect(parent).toHaveURL(new RegExp(`${path}$`));
  await parent.getByTestId('invitation-accept').click();
  await expect(parent.getByTestId('invitation-accepted')).toBeVisible();
  await parent.reload();
  await expect(parent.getByTestId('invitation-gone')).toContainText('accepted already');

  // The live demo game: initials for the public, the name for the parent now.
  await parent.goto('/basketball/live');
  const demo = parent.locator('[data-testid="live-now"] a', { hasText: 'Harbor Hawks' }).first();
  const href = await demo.getAttribute('href');
  if (!href) throw new Error('no live demo game');
  await parent.goto(href);
  await expect(parent.getByTestId('live-box-HHK')).toContainText('Ava Reyes');
  await parentContext.close();

  // A second invitation, taken back: its link says so.
  const other = `scorer-${tag}@example.com`;
  await form.getByLabel('Email').fill(other);
  await form.locator('select[name="role"]').selectOption({ label: 'Scorekeeper of the team' });
  await form.getByRole('button', { name: 'Send invitation' }).click();
  const second = new URL((await page.getByTestId('invite-link').textContent()) ?? '').pathname;
  page.once('dialog', (d) => d.accept());
  await page
    .getByTestId('pending-invitations')
    .getByRole('listitem')
    .filter({ hasText: other })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(page.getByTestId('team-invitations')).not.toContainText(other);
  await page.goto(second);
  await expect(page.getByTestId('invitation-gone')).toContainText('taken back');
});
