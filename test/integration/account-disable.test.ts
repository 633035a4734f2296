// An admin disables an account: its sessions and API keys stop at once, it cannot sign in (it is told
// why only with the right password), and nothing it made is lost. Enabled again, it signs in afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { authOptions } from '../../lib/auth/options';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeCallers, makeUser, sessionCookie } from '../support/callers';
import { routeHandlers } from '../support/routes';

const route = (name: string) => {
  const handler = routeHandlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler;
};

let app: TestApp;
let admin: { headers: Record<string, string>; userId?: string };
beforeAll(async () => {
  app = await startTestApp();
  admin = (await makeCallers(app.database.db)).sessions.admin;
});
afterAll(async () => {
  await app?.close();
});

const me = (headers: Record<string, string>) => call(route('GET /api/v1/me'), { method: 'GET', path: '/api/v1/me', headers });
const flip = (verb: 'disable' | 'enable', id: string, headers = admin.headers) =>
  call(route(`POST /api/v1/accounts/{id}/${verb}`), {
    method: 'POST',
    path: `/api/v1/accounts/${id}/${verb}`,
    headers,
    params: { id },
  });

/** The credentials provider's own check, as a sign-in form submission reaches it. */
async function signIn(email: string, password: string) {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (raw: unknown, req: unknown) => Promise<unknown> };
  };
  return provider.options.authorize({ email, password }, { headers: {} });
}

describe('disabling an account', () => {
  it('ends its sessions and API keys at once and refuses its sign-in; enabling lets it sign in again', async () => {
    const user = await makeUser(app.database.db, 'coach');
    const session = { cookie: await sessionCookie(user.id, 'coach') };
    const key = await createApiKey(app.database.db, user.id, 'phone', 'write');
    const bearer = { authorization: `Bearer ${key.key}` };
    expect((await me(session)).status).toBe(200);
    expect((await me(bearer)).status).toBe(200);

    const off = await flip('disable', user.id);
    expect(off.status).toBe(200);
    expect((await off.json()).data).toMatchObject({ id: user.id, disabled: true });
    expect((await me(session)).status).toBe(401);
    const refusedKey = await me(bearer);
    expect(refusedKey.status).toBe(401);
    expect((await refusedKey.json()).error.message).toMatch(/disabled/);
    await expect(signIn(user.email, 'correct horse battery')).rejects.toThrow('AccountDisabled');
    // A wrong password learns nothing about the account.
    expect(await signIn(user.email, 'not the password')).toBeNull();

    const on = await flip('enable', user.id);
    expect((await on.json()).data).toMatchObject({ disabled: false });
    expect(await signIn(user.email, 'correct horse battery')).toMatchObject({ id: user.id });
    // The session from before stays ended; the key works again (it was refused, not revoked).
    expect((await me(session)).status).toBe(401);
    expect((await me(bearer)).status).toBe(200);

    const audited = (await app.database.db.select().from(auditLog)).filter((a) => a.targetId === user.id).map((a) => a.action);
    expect(audited).toEqual(expect.arrayContaining(['account.disable', 'account.enable']));
  });

  it('an admin cannot disable their own account, and an unknown account is a 404', async () => {
    const self = await flip('disable', admin.userId ?? '');
    expect(self.status).toBe(422);
    expect((await me(admin.headers)).status).toBe(200);
    expect((await flip('disable', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
