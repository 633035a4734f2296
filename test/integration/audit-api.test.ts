// GET /api/v1/audit (admins only): who by name and email, the API key, filters by actor email,
// action and UTC date range, cursor pages newest first; the page's keyset paging both ways; and the
// wrapper's own row for a write that nothing inside audited (a replayed play).
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../drizzle/schema';
import { auditActions, listAudit } from '../../lib/audit-query';
import { createApiKey } from '../../lib/auth/api-keys';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers, makeUser } from '../support/callers';
import { makeLiveGame, body as play } from '../support/live-game';
import { routeHandlers } from '../support/routes';

type Entry = {
  id: number;
  at: string;
  action: string;
  actor: { id: string; name: string; email: string } | null;
  api_key: { id: string; name: string } | null;
  target: { type: string; id: string | null } | null;
  request_id: string | null;
  ip: string | null;
};

let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let alice: { id: string; email: string; name: string };
let bob: { id: string; email: string; name: string };
let aliceKey: { id: string };
// A run-unique action family, so rows written by the fixtures themselves never match.
const tag = `t${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
  alice = await makeUser(app.database.db, 'coach');
  bob = await makeUser(app.database.db, 'player');
  aliceKey = await createApiKey(app.database.db, alice.id, 'scoreboard', 'write');
  // Five rows over three UTC days, oldest first (ids grow with time).
  await app.database.db.insert(auditLog).values([
    { actorId: alice.id, action: `${tag}.create`, at: new Date('2026-03-01T10:00:00Z'), targetType: 'thing', targetId: '1' },
    { actorId: bob.id, action: `${tag}.create`, at: new Date('2026-03-01T23:59:59Z'), ip: '203.0.113.9' },
    {
      actorId: alice.id,
      actorApiKeyId: aliceKey.id,
      action: `${tag}.delete`,
      at: new Date('2026-03-02T00:00:00Z'),
      requestId: 'req-1',
    },
    { actorId: bob.id, action: `${tag}.delete`, at: new Date('2026-03-02T12:00:00Z') },
    { actorId: null, action: `${tag}.create`, at: new Date('2026-03-03T08:00:00Z') },
  ]);
});
afterAll(async () => app?.close());

async function list(query: string, caller: Caller = callers.sessions.admin) {
  const res = await call(routeHandlers['GET /api/v1/audit'] as never, {
    path: `/api/v1/audit?${query}`,
    headers: caller.headers,
  });
  return { status: res.status, body: (await res.json()) as { data: Entry[]; meta: { next_cursor: string | null } } };
}
const actions = (rows: Entry[]) => rows.map((r) => `${r.actor?.name ?? '-'} ${r.action.slice(tag.length + 1)}`);

describe('GET /api/v1/audit', () => {
  it('answers admins only', async () => {
    expect((await list('')).status).toBe(200);
    for (const role of ['coach', 'player', 'fan'] as const) expect((await list('', callers.sessions[role])).status).toBe(403);
    expect((await list('', callers.readKey)).status).toBe(403);
    expect((await list('', callers.anonymous)).status).toBe(401);
    const adminKey = await createApiKey(app.database.db, callers.sessions.admin.userId ?? '', 'audit reader', 'read');
    expect((await list('', { name: 'admin key', headers: { authorization: `Bearer ${adminKey.key}` } })).status).toBe(200);
  });

  it('shows the actor by name and email and the API key by name, newest first', async () => {
    const { body } = await list(`actor=${encodeURIComponent(alice.email)}`);
    expect(body.data.map((r) => r.action)).toEqual([`${tag}.delete`, `${tag}.create`]);
    expect(body.data[0]).toMatchObject({
      actor: { id: alice.id, name: alice.name, email: alice.email },
      api_key: { id: aliceKey.id, name: 'scoreboard' },
      request_id: 'req-1',
      at: '2026-03-02T00:00:00.000Z',
    });
    expect(body.data[1]).toMatchObject({ api_key: null, target: { type: 'thing', id: '1' } });
  });

  it('filters by part of the email in any case, by action and by UTC days (both ends included)', async () => {
    const bobPart = bob.email.split('@')[0]?.toUpperCase() ?? '';
    expect(actions((await list(`actor=${encodeURIComponent(bobPart)}&action=${tag}.delete`)).body.data)).toEqual([
      `${bob.name} delete`,
    ]);
    const created = await list(`action=${tag}.create`);
    expect(actions(created.body.data)).toEqual(['- create', `${bob.name} create`, `${alice.name} create`]);
    const firstDay = await list(`action=${tag}.create&from=2026-03-01&to=2026-03-01`);
    expect(actions(firstDay.body.data)).toEqual([`${bob.name} create`, `${alice.name} create`]);
    const fromSecond = await list(`actor=${encodeURIComponent(alice.email)}&from=2026-03-02`);
    expect(actions(fromSecond.body.data)).toEqual([`${alice.name} delete`]);
    // LIKE's wildcards are plain characters in the search.
    expect((await list(`actor=%25&action=${tag}.create`)).body.data).toEqual([]);
  });

  it('pages with a cursor, newest first, without repeats, to the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(
        `from=2026-03-01&to=2026-03-03&per_page=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.data.filter((r) => r.action.startsWith(tag)).map((r) => r.at));
      cursor = page.body.meta.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(5);
    expect((await list('cursor=nonsense')).status).toBe(400);
    expect((await list('from=yesterday')).status).toBe(400);
  });
});

describe('the audit page’s action filter', () => {
  it('offers each action once', async () => {
    const all = await auditActions(app.database.db);
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((a) => a.startsWith(tag))).toEqual([`${tag}.create`, `${tag}.delete`]);
  });
});

describe('the audit page’s keyset pages', () => {
  it('go older and back newer to the same rows', async () => {
    const filter = { action: `${tag}.create` };
    const newest = await listAudit(app.database.db, { filter, limit: 2 });
    expect(newest.newer).toBeNull();
    expect(newest.older).not.toBeNull();
    const older = await listAudit(app.database.db, { filter, before: newest.older ?? 0, limit: 2 });
    expect(older.rows).toHaveLength(1);
    expect(older.older).toBeNull();
    const back = await listAudit(app.database.db, { filter, after: older.newer ?? 0, limit: 2 });
    expect(back.rows.map((r) => r.id)).toEqual(newest.rows.map((r) => r.id));
    expect(back.newer).toBeNull();
  });
});

describe('the wrapper’s row', () => {
  it('records a replayed write, which commits nothing to audit inside, once and marked as a replay', async () => {
    const coach = callers.sessions.coach;
    const game = await makeLiveGame(app.database.db, { homeCoachId: coach.userId ?? '', visitorCoachId: coach.userId ?? '' });
    const event = play('period_start', { period: 1 });
    const send = () =>
      call(routeHandlers['POST /api/v1/basketball/games/{id}/events'] as never, {
        method: 'POST',
        path: `/api/v1/basketball/games/${game.gameId}/events`,
        headers: coach.headers,
        params: { id: String(game.gameId) },
        body: event,
      });
    const first = await send();
    const again = await send();
    expect([first.status, again.status]).toEqual([201, 201]);
    for (const [res, details] of [
      [first, null],
      [again, { duplicate: true }],
    ] as const) {
      const rows = await app.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.requestId, res.headers.get('x-request-id') ?? ''));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        action: 'basketball-game.score',
        actorId: coach.userId,
        targetId: String(game.gameId),
        details,
      });
    }
  });
});
