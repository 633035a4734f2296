// Inputs found in review that once produced 500s.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { POST as CREATE_KEY } from '../../app/api/v1/api-keys/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { apiKeys, auditLog, users } from '../../drizzle/schema';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('hostile input', () => {
  it('refuses a NUL byte in a name with 400 and stores nothing', async () => {
    const [before] = await app.database.db.select({ n: count() }).from(users);
    const res = await call(SIGN_UP, {
      method: 'POST',
      body: { email: 'nul@example.com', name: 'a\u0000b', password: 'long enough password' },
    });
    expect(res.status).toBe(400);
    const [after] = await app.database.db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);

    const user = await makeUser(app.database.db, 'fan');
    const key = await call(CREATE_KEY, {
      method: 'POST',
      headers: { cookie: await sessionCookie(user.id, 'fan') },
      body: { name: 'x\u0000y', scope: 'read' },
    });
    expect(key.status).toBe(400);
    expect((await app.database.db.select({ n: count() }).from(apiKeys))[0]?.n).toBe(0);
  });

  it('answers a second sign-up with a taken email (in any case) 409 conflict, storing nothing, audited once', async () => {
    const body = { email: 'taken@example.com', name: 'First', password: 'long enough password' };
    const first = await call(SIGN_UP, { method: 'POST', body });
    expect(first.status).toBe(201);
    const [before] = await app.database.db.select({ n: count() }).from(users);
    const again = await call(SIGN_UP, { method: 'POST', body: { ...body, email: 'Taken@Example.com', name: 'Second' } });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: 'conflict', message: 'An account with this email already exists.' });
    const [after] = await app.database.db.select({ n: count() }).from(users);
    expect(after?.n).toBe(before?.n);
    const { data } = await first.json();
    const audited = await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, data.id));
    expect(audited.map((a) => a.action)).toEqual(['account.create']);
  });

  it('treats a mangled session cookie as no session', async () => {
    const res = await call(ME, { headers: { cookie: 'next-auth.session-token=%E0%A4%A' } });
    expect(res.status).toBe(401);
  });

  it('caps live API keys per person', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const cookie = await sessionCookie(user.id, 'fan');
    const statuses: number[] = [];
    for (let i = 0; i < 26; i++) {
      statuses.push(
        (await call(CREATE_KEY, { method: 'POST', headers: { cookie }, body: { name: `k${i}`, scope: 'read' } })).status,
      );
    }
    expect(statuses.slice(0, 25).every((s) => s === 201)).toBe(true);
    expect(statuses[25]).toBe(409);
  });
});
