// A golfer who makes their profile private is seen only by themselves and admins; a round with a
// private golfer in it only by its players and admins. Everyone else — another user, an anonymous
// visitor — gets 404 on every read path and does not find the round in any list.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../drizzle/schema';
import { setGolfPublic } from '../../lib/auth/users';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { listGolfers, listRounds } from '../../lib/golf/directory';
import { findVisibleGolfer, roundVisibleTo } from '../../lib/golf/privacy';
import { listPlayerRounds } from '../../lib/golf/rounds/player-rounds';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, scoreCard } from '../support/golf-api';
import { golfRoutes } from '../support/golf-routes';
import { openStream } from '../support/sse-client';

type Who = { id: string; role: 'admin' | 'player'; headers: Record<string, string> } | null;
let app: TestApp;
let owner: NonNullable<Who>;
let partner: NonNullable<Who>;
let other: NonNullable<Who>;
let admin: NonNullable<Who>;
let sharedRound: string; // the private owner and the public partner
let partnersOwnRound: string; // the public partner alone
beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  const who = async (role: 'admin' | 'player') => {
    const u = await makeUser(db, role);
    return { id: u.id, role, headers: { cookie: await sessionCookie(u.id, role) } };
  };
  [owner, partner, other, admin] = [await who('player'), await who('player'), await who('player'), await who('admin')];
  const course = await addFictionalCourse(db);
  const start = async (starter: NonNullable<Who>, extra: Record<string, unknown> = {}) => {
    const res = await golf.startRound(starter.headers, {
      course_id: course.courseId,
      tee_id: course.tees.White,
      date: '2026-06-01',
      ...extra,
    });
    expect(res.status).toBe(201);
    await scoreCard(starter.headers, res.body.data.id, [4, 4, 4]);
    return res.body.data.id as string;
  };
  sharedRound = await start(owner, { player_ids: [partner.id] });
  await scoreCard(partner.headers, sharedRound, [5], { position: 2 }); // confirms the partner's place
  partnersOwnRound = await start(partner);
  await setGolfPublic(db, { userId: owner.id }, false);
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

const headersOf = (w: Who) => w?.headers ?? {};
const playerPath = (what: string) =>
  call(golfRoutes[`GET /api/v1/golf/players/{id}/${what}` as keyof typeof golfRoutes] as never, {
    path: `/api/v1/golf/players/${owner.id}/${what}`,
    params: { id: owner.id },
    headers: headersOf(viewer),
  });
let viewer: Who = null;

describe('a private golfer', () => {
  it('is public by default, as every existing profile stays', async () => {
    const [row] = await app.database.db.select({ golfPublic: users.golfPublic }).from(users).where(eq(users.id, other.id));
    expect(row?.golfPublic).toBe(true);
  });

  for (const what of ['rounds', 'rounds.csv', 'handicap', 'analytics', 'achievements']) {
    it(`GET /golf/players/{id}/${what}: the owner and admins 200; another user and anonymous 404`, async () => {
      const statuses: Record<string, number> = {};
      for (const [name, w] of [
        ['owner', owner],
        ['admin', admin],
        ['other', other],
        ['anonymous', null],
      ] as const) {
        viewer = w;
        statuses[name] = (await playerPath(what)).status;
      }
      expect(statuses).toEqual({ owner: 200, admin: 200, other: 404, anonymous: 404 });
    });
  }

  it('pages ask the same: the player page (and its handicap page) exists only for the owner and admins', async () => {
    const db = app.database.db;
    expect(await findVisibleGolfer(db, owner.id, owner)).not.toBeNull();
    expect(await findVisibleGolfer(db, owner.id, admin)).not.toBeNull();
    expect(await findVisibleGolfer(db, owner.id, other)).toBeNull();
    expect(await findVisibleGolfer(db, owner.id, null)).toBeNull();
    expect(await findVisibleGolfer(db, partner.id, null)).not.toBeNull();
  });
});

describe('a round with a private golfer in it', () => {
  const round = (w: Who) => golf.round(sharedRound, headersOf(w));
  const leaderboard = (w: Who) =>
    call(golfRoutes['GET /api/v1/golf/rounds/{id}/leaderboard'], {
      path: `/api/v1/golf/rounds/${sharedRound}/leaderboard`,
      params: { id: sharedRound },
      headers: headersOf(w),
    });

  it('is seen by its players and admins; another user and anonymous get 404 (round, leaderboard, stream)', async () => {
    for (const [w, expected] of [
      [owner, 200],
      [partner, 200],
      [admin, 200],
      [other, 404],
      [null, 404],
    ] as const) {
      expect((await round(w)).status).toBe(expected);
      expect((await leaderboard(w)).status).toBe(expected);
      const stream = await openStream(
        golfRoutes['GET /api/v1/golf/rounds/{id}/stream'],
        `/api/v1/golf/rounds/${sharedRound}/stream`,
        sharedRound,
        headersOf(w),
      );
      expect(stream.res.status).toBe(expected);
      await stream.close();
      expect(await roundVisibleTo(app.database.db, sharedRound, w)).toBe(expected === 200);
    }
  });

  it("is left out of the public partner's rounds list and CSV for others, not for the partner or admins", async () => {
    const listed = async (w: Who) => {
      const res = await call(golfRoutes['GET /api/v1/golf/players/{id}/rounds'], {
        path: `/api/v1/golf/players/${partner.id}/rounds`,
        params: { id: partner.id },
        headers: headersOf(w),
      });
      expect(res.status).toBe(200);
      return ((await res.json()).data as { round_id: string }[]).map((r) => r.round_id).sort();
    };
    const both = [sharedRound, partnersOwnRound].sort();
    expect(await listed(partner)).toEqual(both);
    expect(await listed(admin)).toEqual(both);
    expect(await listed(other)).toEqual([partnersOwnRound]);
    expect(await listed(null)).toEqual([partnersOwnRound]);
    const csv = async (w: Who) =>
      (
        await call(golfRoutes['GET /api/v1/golf/players/{id}/rounds.csv'], {
          path: `/api/v1/golf/players/${partner.id}/rounds.csv`,
          params: { id: partner.id },
          headers: headersOf(w),
        })
      ).text();
    expect(await csv(null)).not.toContain(sharedRound);
    expect(await csv(partner)).toContain(sharedRound);
    // The partner's page lists it the same way.
    const page = async (w: Who) =>
      (await listPlayerRounds(app.database.db, partner.id, { limit: 10, viewer: w })).map((r) => r.round_id).sort();
    expect(await page(null)).toEqual([partnersOwnRound]);
    expect(await page(partner)).toEqual(both);
  });

  it('is public again once the golfer says so', async () => {
    await setGolfPublic(app.database.db, { userId: owner.id }, true);
    expect((await round(null)).status).toBe(200);
    viewer = null;
    expect((await playerPath('rounds')).status).toBe(200);
  });
});

describe('the golf indexes (/golf/players, /golf/rounds)', () => {
  const as = (w: Who) => (w ? { id: w.id, role: w.role } : null);
  const golferIds = async (w: Who) => (await listGolfers(app.database.db, as(w), { limit: 500 })).map((g) => g.id);
  const roundIds = async (w: Who) => (await listRounds(app.database.db, as(w), { limit: 500 })).map((r) => r.id);

  it('list the private golfer and the round shared with them only for the golfer, a partner in it and admins', async () => {
    await setGolfPublic(app.database.db, { userId: owner.id }, false);
    for (const w of [owner, admin]) {
      expect(await golferIds(w)).toContain(owner.id);
      expect(await roundIds(w)).toContain(sharedRound);
    }
    expect(await roundIds(partner)).toContain(sharedRound);
    for (const w of [other, null]) {
      expect(await golferIds(w)).not.toContain(owner.id);
      expect(await roundIds(w)).not.toContain(sharedRound);
    }
  });

  it('list public golfers and their own rounds for everyone, and find a golfer by part of the name', async () => {
    for (const w of [owner, partner, other, admin, null]) {
      expect(await golferIds(w)).toContain(partner.id);
      expect(await roundIds(w)).toContain(partnersOwnRound);
    }
    const [name] = (await listGolfers(app.database.db, null, { limit: 500 })).filter((g) => g.id === partner.id);
    const found = await listGolfers(app.database.db, null, { search: name?.name.slice(2, 8) ?? '', limit: 500 });
    expect(found.map((g) => g.id)).toContain(partner.id);
    // A wildcard in the search is a character, not a pattern.
    expect(await listGolfers(app.database.db, null, { search: '%', limit: 500 })).toEqual([]);
  });
});
