// Password reset end to end: a real SMTP server receives the mail, the test follows its link, sets
// a new password and signs in with it. Tokens work once and for an hour; the old password and every
// old session stop working; the answer never says whether an address has an account.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as ISSUE } from '../../app/api/v1/accounts/[id]/password-reset/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { POST as REDEEM } from '../../app/api/v1/password-resets/redeem/route';
import { POST as REQUEST } from '../../app/api/v1/password-resets/route';
import { auditLog, passwordResets } from '../../drizzle/schema';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { signIn } from '../support/sign-in';
import { type SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';

let app: TestApp;
let inbox: SmtpInbox;
const SITE = 'http://statline.example';
beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startTestApp({ SMTP_URL: inbox.url, NEXTAUTH_URL: SITE, RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: '3' });
});
afterAll(async () => {
  await app?.close();
  await inbox?.close();
});

const ask = (email: string, ip = '198.51.100.7') =>
  call(REQUEST, { method: 'POST', path: '/api/v1/password-resets', headers: { 'x-forwarded-for': ip }, body: { email } });
const redeem = (token: string, password: string) =>
  call(REDEEM, { method: 'POST', path: '/api/v1/password-resets/redeem', body: { token, new_password: password } });
const me = async (cookie: string) => (await call(ME, { headers: { cookie } })).status;

/** The token in the reset link of the next mail to `email`. */
async function mailedToken(email: string): Promise<string> {
  const mail = await inbox.next(email);
  const link = mail.text.match(/https?:\/\/\S+\/reset-password\?token=([A-Za-z0-9_-]+)/);
  expect(link?.[0].startsWith(`${SITE}/reset-password?token=`), mail.text).toBe(true);
  return link?.[1] ?? '';
}

describe('password reset by mail', () => {
  it('mails a link whose token sets a new password: the old one and old sessions stop working', async () => {
    const user = await makeUser(app.database.db, 'player');
    const before = await signIn(user.email);
    const res = await ask(user.email.toUpperCase());
    expect(res.status).toBe(202);
    const token = await mailedToken(user.email);
    expect(await me(before.cookie)).toBe(200); // asking alone changes nothing
    expect((await redeem(token, 'a fresh new password')).status).toBe(204);
    expect(await me(before.cookie)).toBe(401);
    await expect(signIn(user.email)).rejects.toThrow('sign-in refused');
    expect(await me((await signIn(user.email, 'a fresh new password')).cookie)).toBe(200);
    // Only a hash of the token is stored.
    const rows = await app.database.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(JSON.stringify(rows)).not.toContain(token);
    const actions = (await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, user.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['account.password-reset-request', 'account.password-reset']));
  });

  it('refuses a used token, an expired token and a made-up one with a 400 that says so', async () => {
    const user = await makeUser(app.database.db, 'fan');
    await ask(user.email);
    const token = await mailedToken(user.email);
    expect((await redeem(token, 'first new password')).status).toBe(204);
    const reused = await redeem(token, 'second new password');
    expect(reused.status).toBe(400);
    expect((await reused.json()).error.details).toEqual([{ path: 'token', message: 'is invalid, expired or already used' }]);
    await ask(user.email);
    const late = await mailedToken(user.email);
    await app.database.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, user.id));
    expect((await redeem(late, 'third new password')).status).toBe(400);
    expect((await redeem('A'.repeat(43), 'fourth new password')).status).toBe(400);
    await signIn(user.email, 'first new password'); // still the first reset's password
  });

  it('resets once when the same token is used twice at the same time', async () => {
    const user = await makeUser(app.database.db, 'fan');
    await ask(user.email);
    const token = await mailedToken(user.email);
    const statuses = (await Promise.all([redeem(token, 'racing password one'), redeem(token, 'racing password two')])).map(
      (r) => r.status,
    );
    expect(statuses.sort()).toEqual([204, 400]);
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const known = await makeUser(app.database.db, 'fan');
    const a = await ask(known.email);
    const b = await ask('nobody-here@example.com');
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(await a.json()).toEqual(await b.json());
    await mailedToken(known.email);
    await new Promise((r) => setTimeout(r, 200));
    expect(inbox.messages.some((m) => m.to.includes('nobody-here@example.com'))).toBe(false);
  });

  it('counts requests per address, whether or not it has an account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask('limited@example.com', `198.51.100.${20 + i}`)).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('refuses bad input with a 400, never a 500', async () => {
    expect((await ask('not an email')).status).toBe(400);
    expect((await call(REDEEM, { method: 'POST', path: '/x', body: { token: 'short', new_password: 'x' } })).status).toBe(400);
    const user = await makeUser(app.database.db, 'fan');
    await ask(user.email);
    const weak = await redeem(await mailedToken(user.email), 'short');
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.details).toEqual([{ path: 'new_password', message: expect.any(String) }]);
  });
});

describe('a reset link issued by an admin', () => {
  it('works like a mailed one; only admins may issue it, and it is audited', async () => {
    const admin = await makeUser(app.database.db, 'admin');
    const user = await makeUser(app.database.db, 'player');
    const issue = async (cookie: string) =>
      call(ISSUE, {
        method: 'POST',
        path: `/api/v1/accounts/${user.id}/password-reset`,
        headers: { cookie },
        params: { id: user.id },
      });
    expect((await issue(await sessionCookie(user.id, 'player'))).status).toBe(403);
    const res = await issue(await sessionCookie(admin.id, 'admin'));
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.url).toMatch(new RegExp(`^${SITE}/reset-password\\?token=`));
    expect(new Date(data.expires_at).getTime() - Date.now()).toBeGreaterThan(55 * 60_000);
    const token = new URL(data.url).searchParams.get('token') ?? '';
    expect((await redeem(token, 'an admin issued password')).status).toBe(204);
    await signIn(user.email, 'an admin issued password');
    const [audit] = await app.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.password-reset-issue'));
    expect(audit).toMatchObject({ actorId: admin.id, targetId: user.id, requestId: expect.any(String) });
  });
});
