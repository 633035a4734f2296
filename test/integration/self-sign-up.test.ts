// A person who signs up by themselves can record their own golf round at once: sign up, sign in,
// start a round as themselves, score it. They still cannot write anyone else's rounds.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, type TestCourse } from '../support/golf-api';
import { signIn } from '../support/sign-in';

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

async function signUp() {
  const email = `golfer-${randomUUID()}@example.com`;
  const res = await call(SIGN_UP, {
    method: 'POST',
    path: '/api/v1/accounts',
    body: { email, name: 'New Golfer', password: 'a long new password' },
  });
  expect(res.status).toBe(201);
  const { data } = await res.json();
  return { id: data.id as string, role: data.role as string, cookie: (await signIn(email, 'a long new password')).cookie };
}

describe('a self-signed-up account', () => {
  it('is a player that starts a round as itself and scores every hole', async () => {
    const me = await signUp();
    expect(me.role).toBe('player');
    const started = await golf.startRound(
      { cookie: me.cookie },
      { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-01' },
    );
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const round = started.body.data;
    expect(round.players).toEqual([expect.objectContaining({ position: 1, user_id: me.id, name: 'New Golfer' })]);
    for (let hole = 1; hole <= 18; hole++) {
      const scored = await golf.score({ cookie: me.cookie }, round.id, hole, { strokes: 4 });
      expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    }
    const view = (await golf.round(round.id)).body.data;
    expect(view.players[0].summary).toMatchObject({ holes_played: 18, gross: 72 });
  });

  it("cannot score someone else's round", async () => {
    const me = await signUp();
    const owner = await makeUser(app.database.db, 'player');
    const theirs = await golf.startRound(
      { cookie: await sessionCookie(owner.id, 'player') },
      { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-01' },
    );
    expect(theirs.status).toBe(201);
    expect((await golf.score({ cookie: me.cookie }, theirs.body.data.id, 1, { strokes: 4 })).status).toBe(403);
  });
});
