// Your data is yours: the download holds everything about the caller and nothing about anyone else
// nor any secret; deleting the account erases the person but keeps the games and rounds whole.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { auditLog, digestSettings, events, follows, notifications, users } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { createUser } from '../../lib/auth/users';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { setDigestFrequency } from '../../lib/notify/digest-settings';
import { startTestApp, type TestApp } from '../support/app';
import { call, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, scoreCard } from '../support/golf-api';
import { makeLiveGame, openingAndFreeThrows } from '../support/live-game';
import { follow } from '../support/notify';
import { routeHandlers } from '../support/routes';
import { signIn } from '../support/sign-in';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

const route = (name: string) => {
  const handler = routeHandlers[name];
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler;
};
const PASSWORD = 'correct horse battery';

async function person(role: 'admin' | 'coach' | 'player' | 'fan', name: string) {
  const user = await createUser(app.database.db, { email: `${randomUUID()}@example.com`, name, password: PASSWORD, role });
  return { ...user, cookie: await sessionCookie(user.id, role) };
}

/** A coach who scored a basketball game and played a golf round with someone else, and holds an API key. */
async function busyPerson() {
  const db = app.database.db;
  const me = await person('coach', `Coach ${randomUUID().slice(0, 6)}`);
  const rival = await person('coach', `Rival ${randomUUID().slice(0, 6)}`);
  const partner = await person('player', `Partner ${randomUUID().slice(0, 6)}`);
  const game = await makeLiveGame(db, { homeCoachId: me.id, visitorCoachId: rival.id });
  for (const play of openingAndFreeThrows(game, 6)) {
    const res = await call(route('POST /api/v1/basketball/games/{id}/events'), {
      method: 'POST',
      path: `/api/v1/basketball/games/${game.gameId}/events`,
      headers: { cookie: me.cookie },
      body: play,
      params: { id: String(game.gameId) },
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  }
  const course = await addFictionalCourse(db);
  const started = await golf.startRound(
    { cookie: me.cookie },
    { course_id: course.courseId, tee_id: course.tees.White, date: '2026-06-01', player_ids: [partner.id] },
  );
  expect(started.status).toBe(201);
  const roundId = started.body.data.id as string;
  await scoreCard({ cookie: me.cookie }, roundId, [4, 5, 3]);
  await scoreCard({ cookie: partner.cookie }, roundId, [6, 6, 6], { position: 2 });
  const key = await createApiKey(db, me.id, 'my script', 'read');
  const othersKey = await createApiKey(db, partner.id, 'partner script', 'read');
  return { me, rival, partner, game, roundId, key, othersKey };
}

const exportOf = async (path: string, cookie: string, params?: Record<string, string>) =>
  call(route(params ? 'GET /api/v1/accounts/{id}/export' : 'GET /api/v1/me/export'), { path, headers: { cookie }, params });
const deleteMe = async (cookie: string, password: string) =>
  call(route('DELETE /api/v1/me'), { method: 'DELETE', path: '/api/v1/me', headers: { cookie }, body: { password } });
// The box score's data: its meta carries the moment it was read (server_time).
const boxscore = async (gameId: number) =>
  (
    await (
      await call(route('GET /api/v1/basketball/games/{id}/boxscore'), {
        path: `/api/v1/basketball/games/${gameId}/boxscore`,
        params: { id: String(gameId) },
      })
    ).json()
  ).data;

describe('downloading your data', () => {
  it('holds the account, golf rounds, scored games, key metadata and audit rows: nothing of anyone else, no secret', async () => {
    const { me, partner, rival, game, roundId, key, othersKey } = await busyPerson();
    const db = app.database.db;
    await follow(db, [me.id], 'team', game.home.teamId);
    await setDigestFrequency(db, me.id, 'weekly');
    await db.insert(notifications).values({
      userId: me.id,
      kind: 'game_started',
      key: `game_started:${game.gameId}`,
      sourceEventId: randomUUID(),
      payload: { game_id: game.gameId },
    });
    const res = await exportOf('/api/v1/me/export', me.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const text = await res.text();
    const { data } = JSON.parse(text);
    expect(data.account).toMatchObject({ id: me.id, email: me.email, name: me.name, role: 'coach' });
    expect(data.api_keys).toEqual([
      expect.objectContaining({ id: key.id, name: 'my script', scope: 'read', prefix: key.prefix }),
    ]);
    expect(data.golf.rounds).toEqual([expect.objectContaining({ round_id: roundId, holes: expect.any(Array) })]);
    expect(data.golf.rounds[0].holes.map((h: { strokes: number }) => h.strokes)).toEqual([4, 5, 3]);
    expect(data.basketball.games_created.map((g: { id: number }) => g.id)).toContain(game.gameId);
    expect(data.basketball.games_scored).toEqual([expect.objectContaining({ game_id: game.gameId })]);
    expect(data.basketball.games_scored[0].plays).toHaveLength(6);
    expect(data.audit.length).toBeGreaterThan(0);
    expect(data.following).toEqual({
      follows: [expect.objectContaining({ target_kind: 'team', target_id: String(game.home.teamId) })],
      notifications: [expect.objectContaining({ kind: 'game_started', payload: { game_id: game.gameId }, digested_at: null })],
      email_digest: { frequency: 'weekly', last_sent_at: null },
    });
    // No secrets: not the key, nor its hash, nor the password hash.
    expect(text).not.toContain(key.key);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    expect(text).not.toContain('$argon2');
    // No one else: the partner's name, email, card and key; the rival coach.
    for (const other of [partner.email, partner.name, rival.email, othersKey.prefix, 'partner script']) {
      expect(text).not.toContain(other);
    }
    const [audit] = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.export'), eq(auditLog.targetId, me.id)));
    expect(audit).toMatchObject({ actorId: me.id, requestId: expect.any(String) });
  });

  it('an admin downloads anyone’s; no one else may', async () => {
    const admin = await person('admin', 'Admin');
    const someone = await person('player', 'Someone');
    const stranger = await person('player', 'Stranger');
    const path = `/api/v1/accounts/${someone.id}/export`;
    expect((await exportOf(path, stranger.cookie, { id: someone.id })).status).toBe(403);
    const res = await exportOf(path, admin.cookie, { id: someone.id });
    expect(res.status).toBe(200);
    expect((await res.json()).data.account.email).toBe(someone.email);
    expect((await exportOf(`/api/v1/accounts/${randomUUID()}/export`, admin.cookie, { id: randomUUID() })).status).toBe(404);
    expect((await exportOf('/api/v1/accounts/nope/export', admin.cookie, { id: 'nope' })).status).toBe(400);
  });
});

describe('deleting your account', () => {
  it('needs the current password; then the person is gone and the games and rounds stay whole', async () => {
    const db = app.database.db;
    const { me, partner, game, roundId, key } = await busyPerson();
    await follow(db, [me.id], 'team', game.home.teamId);
    await setDigestFrequency(db, me.id, 'daily');
    const session = await signIn(me.email);
    const before = await boxscore(game.gameId);
    const eventsBefore = await db.select().from(events).where(eq(events.actorId, me.id));

    expect((await deleteMe(session.cookie, 'not my password')).status).toBe(403);
    expect(
      (await call(route('DELETE /api/v1/me'), { method: 'DELETE', path: '/x', headers: { cookie: session.cookie }, body: {} }))
        .status,
    ).toBe(400);
    const keyCaller = await call(route('DELETE /api/v1/me'), {
      method: 'DELETE',
      path: '/api/v1/me',
      headers: { authorization: `Bearer ${key.key}` },
      body: { password: PASSWORD },
    });
    expect(keyCaller.status).toBe(403); // an API key cannot delete its owner
    expect((await deleteMe(session.cookie, PASSWORD)).status).toBe(204);

    // Signed out everywhere, cannot sign in, the key is dead.
    expect((await call(route('GET /api/v1/me'), { headers: { cookie: session.cookie } })).status).toBe(401);
    expect((await call(route('GET /api/v1/me'), { headers: { authorization: `Bearer ${key.key}` } })).status).toBe(401);
    await expect(signIn(me.email)).rejects.toThrow('sign-in refused');
    // The row is a faceless tombstone.
    const [row] = await db.select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ name: 'Former member', passwordHash: null, deletedAt: expect.any(Date) });
    expect(row?.email).not.toContain(me.email);
    // What they followed and the digest that would mail a tombstone are gone.
    expect(await db.select().from(follows).where(eq(follows.userId, me.id))).toEqual([]);
    expect(await db.select().from(digestSettings).where(eq(digestSettings.userId, me.id))).toEqual([]);
    // The email can be registered again.
    const again = await call(SIGN_UP, {
      method: 'POST',
      path: '/api/v1/accounts',
      body: { email: me.email, name: 'Back again', password: 'a new long password' },
    });
    expect(again.status).toBe(201);
    // The plays stay, by the same (now anonymous) actor; the box score is unchanged.
    const eventsAfter = await db.select().from(events).where(eq(events.actorId, me.id));
    expect(eventsAfter.map((e) => e.id).sort()).toEqual(eventsBefore.map((e) => e.id).sort());
    expect(await boxscore(game.gameId)).toEqual(before);
    // The round stays with both cards; the deleted player's place shows no name, not even in the log.
    const round = (await golf.round(roundId)).body.data;
    expect(round.players.map((p: { name: string }) => p.name)).toEqual(['Former member', partner.name]);
    expect(round.players[0].summary).toMatchObject({ holes_played: 3, gross: 12 });
    const started = await db
      .select()
      .from(events)
      .where(eq(events.stream, `golf-round:${roundId}`));
    expect(JSON.stringify(started)).not.toContain(me.name);
    expect(JSON.stringify(started)).toContain(partner.name);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.delete'), eq(auditLog.targetId, me.id)));
    expect(audit).toMatchObject({ actorId: me.id, requestId: expect.any(String) });
    // Deleting twice finds nothing.
    expect((await deleteMe(session.cookie, PASSWORD)).status).toBe(401);
  });

  it('an admin deletes someone else’s account without its password, but not their own this way', async () => {
    const admin = await person('admin', 'Admin');
    const someone = await person('player', 'Someone Else');
    const del = (id: string, cookie: string) =>
      call(route('DELETE /api/v1/accounts/{id}'), {
        method: 'DELETE',
        path: `/api/v1/accounts/${id}`,
        headers: { cookie },
        params: { id },
      });
    expect((await del(someone.id, (await person('player', 'Nobody')).cookie)).status).toBe(403);
    expect((await del(admin.id, admin.cookie)).status).toBe(422);
    expect((await del(someone.id, admin.cookie)).status).toBe(204);
    expect((await del(someone.id, admin.cookie)).status).toBe(404);
    await expect(signIn(someone.email)).rejects.toThrow('sign-in refused');
    const [audit] = await app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.delete'), eq(auditLog.targetId, someone.id)));
    expect(audit).toMatchObject({ actorId: admin.id, requestId: expect.any(String) });
  });
});
