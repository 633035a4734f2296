import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '../../app/api/v1/api-keys/[id]/route';
import { GET as LIST, POST } from '../../app/api/v1/api-keys/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { apiKeys, auditLog } from '../../drizzle/schema';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('API key lifecycle', () => {
  it('create → use → revoke → 401, storing only a hash', async () => {
    const user = await makeUser(app.database.db, 'player');
    const cookie = await sessionCookie(user.id, 'player');
    const created = await call(POST, { method: 'POST', headers: { cookie }, body: { name: 'scoreboard', scope: 'read' } });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data).toMatchObject({ name: 'scoreboard', scope: 'read', last_used_at: null });
    expect(data.key).toMatch(/^sl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(data.key.startsWith(data.prefix)).toBe(true);

    const [row] = await app.database.db.select().from(apiKeys).where(eq(apiKeys.id, data.id));
    expect(row?.hash).not.toBe(data.key);
    expect(JSON.stringify(row)).not.toContain(data.key.split('_')[2]);

    const auth = { authorization: `Bearer ${data.key}` };
    const me = await call(ME, { headers: auth });
    expect(me.status).toBe(200);
    expect((await me.json()).data).toMatchObject({ id: user.id, role: 'player' });

    const listed = await (await call(LIST, { headers: { cookie } })).json();
    expect(listed.data.map((k: { id: string }) => k.id)).toEqual([data.id]);
    expect(listed.data[0].last_used_at).not.toBeNull();
    expect(listed.data[0]).not.toHaveProperty('key');

    const revoked = await call(DELETE, { method: 'DELETE', headers: { cookie }, params: { id: data.id } });
    expect(revoked.status).toBe(204);
    const after = await call(ME, { headers: auth });
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('unauthorized');
    expect((await (await call(LIST, { headers: { cookie } })).json()).data).toEqual([]);

    const audit = await app.database.db.select().from(auditLog).where(eq(auditLog.targetId, data.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['api-key.create', 'api-key.revoke']);
  });

  it("refuses to revoke another user's key (404) and leaves it working", async () => {
    const owner = await makeUser(app.database.db, 'fan');
    const other = await makeUser(app.database.db, 'fan');
    const ownerCookie = await sessionCookie(owner.id, 'fan');
    const { data } = await (
      await call(POST, { method: 'POST', headers: { cookie: ownerCookie }, body: { name: 'k', scope: 'write' } })
    ).json();
    const res = await call(DELETE, {
      method: 'DELETE',
      headers: { cookie: await sessionCookie(other.id, 'fan') },
      params: { id: data.id },
    });
    expect(res.status).toBe(404);
    expect((await call(ME, { headers: { authorization: `Bearer ${data.key}` } })).status).toBe(200);
  });

  it.each([
    ['a made-up key', 'sl_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', 'not-a-key'],
    ['an empty bearer', ''],
  ])('answers %s with 401', async (_name, key) => {
    const res = await call(ME, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(401);
  });
});
