// My Statline over the API: following (and refusing what cannot be followed), the followed games
// feed with a live game's running score, notifications paged with their unread count and marked
// read, and the notification stream delivering a game's start as it is fanned out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as feedRoute from '../../app/api/v1/me/feed/route';
import * as followRoute from '../../app/api/v1/me/follows/[id]/route';
import * as followsRoute from '../../app/api/v1/me/follows/route';
import * as readRoute from '../../app/api/v1/me/notifications/read/route';
import * as notificationsRoute from '../../app/api/v1/me/notifications/route';
import * as streamRoute from '../../app/api/v1/me/notifications/stream/route';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { makeLiveGame } from '../support/live-game';
import { notifyCaughtUp, playGame, rematch } from '../support/notify';
import { openStream } from '../support/sse-client';

let app: TestApp;
let fan: Caller;
let coachId: string;
beforeAll(async () => {
  app = await startTestApp();
  const user = await makeUser(app.database.db, 'fan');
  fan = { name: 'fan', userId: user.id, headers: { cookie: await sessionCookie(user.id, 'fan') } };
  coachId = (await makeUser(app.database.db, 'coach')).id;
});
afterAll(async () => {
  await app?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response): Promise<any> => res.json();
const follow = (body: unknown, who = fan) =>
  call(followsRoute.POST, { method: 'POST', path: '/api/v1/me/follows', body, headers: who.headers });
const notifications = async (qs = '') =>
  json(await call(notificationsRoute.GET, { path: `/api/v1/me/notifications?${qs}`, headers: fan.headers }));

describe('My Statline API', () => {
  it('follows, lists and unfollows; refuses what does not exist, bad input and anonymous callers', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    const first = await follow({ target_kind: 'team', target_id: g.home.teamId });
    expect(first.status).toBe(201);
    const created = await json(first);
    expect(created).toMatchObject({ data: { target_kind: 'team', target_id: String(g.home.teamId) }, meta: { created: true } });
    expect(await json(await follow({ target_kind: 'team', target_id: g.home.teamId }))).toMatchObject({
      data: { id: created.data.id },
      meta: { created: false },
    });
    expect((await follow({ target_kind: 'team', target_id: 999999 })).status).toBe(404);
    expect((await follow({ target_kind: 'golfer', target_id: 'not-a-uuid' })).status).toBe(404);
    expect((await follow({ target_kind: 'planet', target_id: 1 })).status).toBe(400);
    expect((await follow({ target_kind: 'team', target_id: 1 }, { name: 'anonymous', headers: {} })).status).toBe(401);
    const list = await json(await call(followsRoute.GET, { path: '/api/v1/me/follows', headers: fan.headers }));
    expect(list.data.map((f: { id: number }) => f.id)).toContain(created.data.id);
    const del = (id: number) =>
      call(followRoute.DELETE, {
        method: 'DELETE',
        path: `/api/v1/me/follows/${id}`,
        params: { id: String(id) },
        headers: fan.headers,
      });
    expect((await del(created.data.id)).status).toBe(204);
    expect((await del(created.data.id)).status).toBe(404);
  });

  it('streams a followed game starting, feeds its live score, and pages notifications with the unread count', async () => {
    const db = app.database.db;
    await notifyCaughtUp(db);
    const g = await makeLiveGame(db, { homeCoachId: coachId, visitorCoachId: coachId });
    expect((await follow({ target_kind: 'team', target_id: g.visitor.teamId })).status).toBe(201);
    const stream = await openStream(streamRoute.GET as never, '/api/v1/me/notifications/stream', '', fan.headers);
    try {
      // Period 1 under way, 6 points scored, not ended.
      await playGame(db, g, coachId, g.home.players[0] as number, 6, false);
      await notifyCaughtUp(db);
      const [frame] = await stream.waitFor(1);
      expect(frame?.json).toMatchObject({
        notification: { kind: 'game_started', payload: { game_id: g.gameId } },
        unread_count: 1,
      });
    } finally {
      await stream.close();
    }
    const feed = await json(await call(feedRoute.GET, { path: '/api/v1/me/feed', headers: fan.headers }));
    expect(feed.data.live).toEqual([
      expect.objectContaining({
        id: g.gameId,
        status: 'live',
        home: expect.objectContaining({ score: 6 }),
        away: expect.objectContaining({ score: 0 }),
      }),
    ]);
    const next = await rematch(db, g, coachId, '2999-01-01');
    expect(feed.data.upcoming.map((x: { id: number }) => x.id)).not.toContain(next);
    const later = await json(await call(feedRoute.GET, { path: '/api/v1/me/feed', headers: fan.headers }));
    expect(later.data.upcoming.map((x: { id: number }) => x.id)).toContain(next);

    // Two more games (start + end each) make five notifications: page them two at a time.
    for (let i = 0; i < 2; i++) {
      const other = await rematch(db, g, coachId);
      await playGame(db, { ...g, gameId: other }, coachId, g.home.players[1] as number, 2);
    }
    await notifyCaughtUp(db);
    const page1 = await notifications('per_page=2');
    expect(page1.meta.unread_count).toBe(5);
    expect(page1.data).toHaveLength(2);
    const page2 = await notifications(`per_page=2&cursor=${page1.meta.next_cursor}`);
    const page3 = await notifications(`per_page=2&cursor=${page2.meta.next_cursor}`);
    expect(page3.meta.next_cursor).toBeNull();
    const ids = [...page1.data, ...page2.data, ...page3.data].map((n: { id: number }) => n.id);
    expect(ids).toHaveLength(5);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect((await notifications('cursor=nonsense')).error.code).toBe('validation_failed');

    const read = (body: unknown) =>
      call(readRoute.POST, { method: 'POST', path: '/api/v1/me/notifications/read', body, headers: fan.headers });
    expect(await json(await read({ ids: [ids[0]] }))).toMatchObject({ data: { marked: 1, unread_count: 4 } });
    expect((await notifications('unread=true')).data).toHaveLength(4);
    expect(await json(await read({}))).toMatchObject({ data: { marked: 4, unread_count: 0 } });
    expect((await read({ ids: [] })).status).toBe(400);
  });
});
