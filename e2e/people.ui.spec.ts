// The site admin's people page in a real browser: find an account, give it a coach's role on a team,
// see it listed, take it away; disable the account and enable it again.
import { expect, test } from './support/fixtures';

test('an admin grants a role on a team, revokes it, and disables and enables the account', async ({ page, request }) => {
  const email = `e2e-people-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const created = await request.post('/api/v1/accounts', { data: { email, name: 'E2E Coach', password: 'a long e2e password' } });
  expect(created.status()).toBe(201);

  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/admin/accounts?q=${encodeURIComponent(email)}`)}`);
  await page.getByLabel('Email').fill('admin@statline.test');
  await page.getByLabel('Password').fill(process.env.STATLINE_DEMO_PASSWORD ?? 'statline-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const grants = page.getByTestId('account-grants');
  await expect(grants).toContainText('No roles in a league, team or player.');

  await page.getByLabel(`Role to give ${email}`).selectOption('coach');
  const scope = page.getByLabel(`The team for ${email}`);
  const team = (await scope.locator('option').nth(1).textContent()) ?? '';
  await scope.selectOption({ index: 1 });
  await page.getByRole('button', { name: `Grant the role to ${email}` }).click();
  await expect(grants.getByRole('status')).toHaveText('Role given.');
  await expect(grants.getByRole('listitem')).toContainText(`Coach · ${team.replace(/ \(.*\)$/, '')}`);

  await grants.getByRole('button', { name: new RegExp(`^Revoke coach of .* from ${email.replace(/[.+]/g, '\\$&')}$`) }).click();
  await expect(grants).toContainText('No roles in a league, team or player.');

  await page.getByRole('button', { name: `Disable ${email}` }).click();
  await expect(page.getByTestId('accounts-table')).toContainText('disabled');
  await page.getByRole('button', { name: `Enable ${email}` }).click();
  await expect(page.getByRole('button', { name: `Disable ${email}` })).toBeVisible();
});
