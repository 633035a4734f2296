// A session cookie is a signed token valid for 30 days. Signing out, or changing the password, must
// end it (and every other session of the account) on the server, not only delete it in one browser.
import { eq } from 'drizzle-orm';
import type { JWT } from 'next-auth/jwt';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as ME } from '../../app/api/v1/me/route';
import { auditLog } from '../../drizzle/schema';
import { authOptions } from '../../lib/auth/options';
import { authSecret } from '../../lib/auth/secret';
import { changePassword } from '../../lib/auth/users';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;

/** Signs in as next-auth does (authorize, then the jwt callback); returns the session token and cookie. */
async function signIn(email: string, password = 'correct horse battery') {
  const options = authOptions();
  const authorize = (options.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
  const user = await authorize({ email, password }, { headers: {} });
  if (!user) throw new Error('sign-in refused');
  const jwt = options.callbacks?.jwt as unknown as (p: { token: JWT; user: unknown }) => Promise<JWT> | JWT;
  const token = await jwt({ token: {}, user });
  const cookie = `next-auth.session-token=${await encode({ token, secret: authSecret() })}`;
  return { token, cookie };
}

async function signOut(token: JWT) {
  const events = authOptions().events as { signOut: (m: { token: JWT; session: unknown }) => Promise<void> };
  await events.signOut({ token, session: null });
}

const me = async (cookie: string) => (await call(ME, { headers: { cookie } })).status;

describe('sessions', () => {
  it('end on sign-out, on every device, and the sign-out is audited', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const phone = await signIn(user.email);
    const laptop = await signIn(user.email);
    expect([await me(phone.cookie), await me(laptop.cookie)]).toEqual([200, 200]);
    await signOut(phone.token);
    expect([await me(phone.cookie), await me(laptop.cookie)]).toEqual([401, 401]);
    // Signing in again gives a working session.
    expect(await me((await signIn(user.email)).cookie)).toBe(200);
    const audited = await app.database.db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audited.map((a) => a.action)).toContain('account.sign-out');
  });

  it('an ended session cannot sign the owner out of their new one', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const stolen = await signIn(user.email);
    await signOut(stolen.token);
    const fresh = await signIn(user.email);
    await signOut(stolen.token);
    expect(await me(fresh.cookie)).toBe(200);
  });

  it('from before session versions count until the first sign-out', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const legacy = await sessionCookie(user.id, 'fan'); // a token without the version claim
    expect(await me(legacy)).toBe(200);
    const current = await signIn(user.email);
    await signOut(current.token);
    expect(await me(legacy)).toBe(401);
  });

  it('end when the password changes; the new password signs in, the old does not', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const before = await signIn(user.email);
    await expect(
      changePassword(app.database.db, { userId: user.id }, { currentPassword: 'wrong', newPassword: 'a brand new password' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      changePassword(app.database.db, { userId: user.id }, { currentPassword: 'correct horse battery', newPassword: 'short' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await me(before.cookie)).toBe(200); // refused changes end nothing
    await changePassword(
      app.database.db,
      { userId: user.id, ip: '203.0.113.5' },
      { currentPassword: 'correct horse battery', newPassword: 'a brand new password' },
    );
    expect(await me(before.cookie)).toBe(401);
    await expect(signIn(user.email)).rejects.toThrow('sign-in refused');
    expect(await me((await signIn(user.email, 'a brand new password')).cookie)).toBe(200);
    const [audit] = await app.database.db.select().from(auditLog).where(eq(auditLog.action, 'account.password-change'));
    expect(audit).toMatchObject({ actorId: user.id, ip: '203.0.113.5' });
  });
});
