import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '../../app/api/v1/api-keys/[id]/route';
import { GET as LIST, POST } from '../../app/api/v1/api-keys/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { apiKeys, auditLog } from '../../drizzle/schema';
import { MAX_LIVE_KEYS } from '../../lib/auth/api-keys';
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
    // The secret is everything after the prefix: base64url may itself contain '_'.
    expect(JSON.stringify(row)).not.toContain(data.key.split('_').slice(2).join('_'));

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

  it(`caps live keys at ${MAX_LIVE_KEYS} per person, even when ${MAX_LIVE_KEYS + 15} creates arrive at once`, async () => {
    const user = await makeUser(app.database.db, 'player');
    const cookie = await sessionCookie(user.id, 'player');
    const create = (i: number) => call(POST, { method: 'POST', headers: { cookie }, body: { name: `k${i}`, scope: 'read' } });
    const results = await Promise.all(Array.from({ length: MAX_LIVE_KEYS + 15 }, (_, i) => create(i)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(MAX_LIVE_KEYS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(15);
    const refused = results.find((r) => r.status === 409) ?? new Response('{}');
    expect((await refused.json()).error).toMatchObject({
      code: 'conflict',
      message: `You already have ${MAX_LIVE_KEYS} live API keys; revoke one first.`,
    });
    const live = await app.database.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.userId, user.id), isNull(apiKeys.revokedAt)));
    expect(live).toHaveLength(MAX_LIVE_KEYS);
    const audited = await app.database.db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(audited.filter((a) => a.action === 'api-key.create')).toHaveLength(MAX_LIVE_KEYS);

    // Revoking one frees a place for exactly one more.
    const first = live[0];
    if (!first) throw new Error('no key');
    expect((await call(DELETE, { method: 'DELETE', headers: { cookie }, params: { id: first.id } })).status).toBe(204);
    expect((await create(100)).status).toBe(201);
    expect((await create(101)).status).toBe(409);
  });
});
