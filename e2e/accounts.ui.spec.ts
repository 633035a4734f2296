// The account journey in a real browser: sign up, sign out, sign in, create an API key (shown once),
// use it, revoke it.
import { expect, test } from './support/fixtures';

test('sign up, sign in, create an API key, see it once, revoke it', async ({ page, request, baseURL }) => {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const password = 'a long e2e password';

  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('E2E Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('role')).toHaveText('player');

  await page.getByRole('button', { name: 'Sign out' }).click();
  // Back on this site's home page (not next-auth's default http://localhost:3000).
  await expect(page).toHaveURL(`${baseURL}/`);
  await page.goto('/settings/api-keys');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('do not match an account')).toBeVisible();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/api-keys$/);

  await page.getByLabel('Name').fill('e2e-dashboard');
  await page.getByRole('button', { name: 'Create key' }).click();
  const keyText = page.getByTestId('new-key-value');
  await expect(keyText).toHaveText(/^sl_[0-9a-f]{12}_/);
  const key = (await keyText.textContent()) ?? '';
  await expect(page.getByTestId('key-list')).toContainText('e2e-dashboard');

  const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${key}` } });
  expect(me.status()).toBe(200);
  expect((await me.json()).data.email).toBe(email);

  // Shown once: after a reload only the prefix remains.
  await page.reload();
  await expect(page.getByTestId('new-key')).toHaveCount(0);
  await expect(page.getByTestId('key-list')).toContainText(key.split('_').slice(0, 2).join('_'));
  await expect(page.locator('body')).not.toContainText(key);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText('No API keys yet.')).toBeVisible();
  expect((await request.get('/api/v1/me', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
});

test('a new account records its own golf round at once', async ({ page }) => {
  const email = `e2e-golf-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('New Golfer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Password/).fill('a long golfing password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);

  await page.goto('/golf');
  await page.getByRole('link', { name: 'Start a round' }).click();
  const form = page.getByTestId('start-round-form');
  await form.getByLabel('Course').selectOption({ label: 'Statline Links (fictional) (18 holes)' });
  const white = await form
    .getByLabel('Tees')
    .locator('option', { hasText: /^White/ })
    .first()
    .getAttribute('value');
  await form.getByLabel('Tees').selectOption(white ?? '');
  await form.getByRole('button', { name: 'Start round' }).click();
  await expect(page).toHaveURL(/\/golf\/rounds\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('hole-number')).toHaveText('Hole 1');
  await page.getByRole('button', { name: 'Score a par' }).click();
  await page.getByRole('button', { name: 'Next hole' }).click();
  await expect(page.getByTestId('hole-number')).toHaveText('Hole 2');
  await expect(page.getByTestId('sync-state')).toHaveText('Synced');
});

test('forgot password: the sign-in page leads there, and without mail it says to ask an admin, who issues the link', async ({
  page,
  signIn,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByTestId('reset-by-admin')).toContainText('Ask an administrator');

  await signIn('admin@statline.test', '/admin/accounts?q=fan%40statline.test');
  await page.getByRole('button', { name: 'Reset link for fan@statline.test' }).click();
  const link = await page.getByRole('textbox', { name: 'Reset link' }).inputValue();
  expect(link).toMatch(/\/reset-password\?token=/);
  await page.context().clearCookies();
  await page.goto(link);
  // The demo password again, so the other specs still sign in as the fan.
  await page.getByLabel(/New password/).fill('statline-demo');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('reset-password-done')).toBeVisible();
  // Used once: the same link is refused.
  await page.goto(link);
  await page.getByLabel(/New password/).fill('statline-demo');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('reset-password-form').getByRole('alert')).toContainText('invalid, expired or already used');
});

test('the demo admin can browse the audit log; a fan cannot', async ({ page, signIn }) => {
  await signIn('admin@statline.test');
  await page.getByRole('link', { name: 'Audit log →' }).click();
  await expect(page.getByTestId('audit-table')).toContainText('account.sign-in');
  // Filtered by actor and action: the URL keeps both, and the rows name the actor by name and email.
  await page.getByLabel('Actor email').fill('admin@statline');
  await page.getByLabel('Action').selectOption('account.sign-in');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/actor=admin%40statline&action=account.sign-in/);
  const rows = page.getByTestId('audit-row');
  await expect(rows.first()).toContainText('Ada Admin admin@statline.test');
  for (const row of await rows.all()) await expect(row).toContainText('account.sign-in');

  await page.context().clearCookies();
  await signIn('fan@statline.test', '/admin/audit');
  await expect(page.getByRole('heading', { name: 'This page could not be found.' })).toBeVisible();
  await expect(page.getByTestId('audit-table')).toHaveCount(0);
});

test('changing the password ends every session, this one and another browser’s; only the new password signs in', async ({
  page,
  browser,
}) => {
  const email = `e2e-pw-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const old = 'the first long password';
  const fresh = 'the second long password';
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Password Changer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/Password/).fill(old);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/);

  // Signed in elsewhere too (another device, or someone who knows the old password).
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/sign-in?callbackUrl=%2Faccount');
  await other.getByLabel('Email').fill(email);
  await other.getByLabel('Password').fill(old);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL(/\/account$/);

  const form = page.getByTestId('change-password');
  await form.getByLabel('Current password').fill('not the password at all');
  await form.getByLabel('New password', { exact: true }).fill(fresh);
  await form.getByLabel('New password again').fill(fresh);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toHaveText('The current password is not right.');

  await form.getByLabel('Current password').fill(old);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toContainText('Password changed');

  for (const p of [page, other]) {
    await p.goto('/account');
    await expect(p).toHaveURL(/\/sign-in\?callbackUrl=/);
  }
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(old);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('do not match an account')).toBeVisible();
  await page.getByLabel('Password').fill(fresh);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await elsewhere.close();
});
