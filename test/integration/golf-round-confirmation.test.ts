// Rounds on someone else's record. The attack: golfer A puts golfer B in a round, enters a bad card
// for B, and finishes it. Until B confirms, nothing of it is on B's record: not B's rounds, analytics,
// achievements, CSV export or handicap. B may confirm it (then it counts) or decline it (never).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, scoreCard, type TestCourse } from '../support/golf-api';
import { analyticsCaughtUp } from '../support/golf-rounds';

let app: TestApp;
let links: TestCourse;
beforeAll(async () => {
  app = await startTestApp();
  links = await addFictionalCourse(app.database.db);
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

async function golfer(): Promise<Caller> {
  const u = await makeUser(app.database.db, 'player');
  return { name: u.name, userId: u.id, headers: { cookie: await sessionCookie(u.id, 'player') } };
}

const card = [5, 4, 3, 6, 5, 4, 4, 5, 5, 4, 3, 5, 6, 4, 5, 3, 5, 6];
// The card entered for B: 82, which breaks 100 and 90 (achievements B earns only by confirming).
const theirs = card;

/** A puts B in a round, enters both cards, finishes it. */
async function roundWith(a: Caller, b: Caller) {
  const started = await golf.startRound(a.headers, {
    course_id: links.courseId,
    tee_id: links.tees.White,
    date: '2026-06-01',
    player_ids: [b.userId],
  });
  expect(started.status).toBe(201);
  const roundId = started.body.data.id as string;
  await scoreCard(
    a.headers,
    roundId,
    card.map((x) => x + 1),
  );
  await scoreCard(a.headers, roundId, theirs, { position: 2 });
  expect((await golf.finish(a.headers, roundId)).status).toBe(200);
  await analyticsCaughtUp(app.database.db);
  return roundId;
}

async function recordOf(b: Caller) {
  const id = b.userId ?? '';
  const rounds = (await (await golf.player('rounds', id)).json()).data as { round_id: string }[];
  const csv = await (await golf.player('rounds.csv', id)).text();
  const analytics = (await (await golf.player('analytics', id)).json()).data as { rounds: number };
  const achievements = (await (await golf.player('achievements', id)).json()).data as unknown[];
  const handicap = (await (await golf.player('handicap', id)).json()).data as { scores?: unknown[]; record?: unknown[] };
  return {
    rounds: rounds.map((r) => r.round_id),
    csvLines: csv.trim().split('\n').length - 1,
    analytics,
    achievements,
    handicap,
  };
}

describe("a round on someone else's record", () => {
  it('is nowhere on the added golfer’s record until they confirm it, then everywhere', async () => {
    const [a, b] = [await golfer(), await golfer()];
    const roundId = await roundWith(a, b);
    const before = await recordOf(b);
    expect(before.rounds).toEqual([]);
    expect(before.csvLines).toBe(0);
    expect(before.analytics.rounds ?? 0).toBe(0);
    expect(before.achievements).toEqual([]);
    // The round itself says whose word is missing.
    const view = (await golf.round(roundId)).body.data as { players: { user_id: string | null; confirmation?: string }[] };
    expect(view.players.find((p) => p.user_id === b.userId)?.confirmation).toBe('pending');

    const confirmed = await golf.answer(b.headers, roundId, 'confirm');
    expect(confirmed.status).toBe(200);
    await analyticsCaughtUp(app.database.db);
    const after = await recordOf(b);
    expect(after.rounds).toEqual([roundId]);
    expect(after.csvLines).toBe(18);
    expect(after.analytics.rounds).toBe(1);
    expect(after.achievements.length).toBeGreaterThan(0);
    // Confirming again changes nothing; declining now is a conflict.
    expect((await golf.answer(b.headers, roundId, 'confirm')).status).toBe(200);
    expect((await golf.answer(b.headers, roundId, 'decline')).status).toBe(409);
  });

  it('declined, it never counts, and the decliner may not write to it', async () => {
    const [a, b] = [await golfer(), await golfer()];
    const roundId = await roundWith(a, b);
    expect((await golf.answer(b.headers, roundId, 'decline')).status).toBe(200);
    await analyticsCaughtUp(app.database.db);
    const record = await recordOf(b);
    expect(record.rounds).toEqual([]);
    expect(record.csvLines).toBe(0);
    expect(record.analytics.rounds ?? 0).toBe(0);
    expect((await golf.score(b.headers, roundId, 1, { strokes: 4 })).status).toBe(409);
    expect((await golf.answer(b.headers, roundId, 'confirm')).status).toBe(409);
    // The creator's own record keeps the round.
    expect((await recordOf(a)).rounds).toEqual([roundId]);
  });

  it('only the golfers of the round answer for themselves', async () => {
    const [a, b, c] = [await golfer(), await golfer(), await golfer()];
    const roundId = await roundWith(a, b);
    expect((await golf.answer(c.headers, roundId, 'confirm')).status).toBe(403);
    expect((await recordOf(b)).rounds).toEqual([]);
  });

  it('a pending golfer entering a score of their own confirms the round', async () => {
    const [a, b] = [await golfer(), await golfer()];
    const roundId = await roundWith(a, b);
    expect((await golf.score(b.headers, roundId, 1, { strokes: 9 })).status).toBe(200);
    await analyticsCaughtUp(app.database.db);
    expect((await recordOf(b)).rounds).toEqual([roundId]);
  });
});
