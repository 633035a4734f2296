// The live leaderboard of a group round over SSE: every event of the round's log with the ranking
// after it, in seq order; a viewer that reconnects resumes with the right standings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreHole } from '../../lib/golf/rounds/score';
import { roundStream } from '../../lib/golf/tags';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';
import { addFictionalCourse, type TestCourse } from '../support/golf-api';
import { playRound } from '../support/golf-rounds';
import { golfRoutes } from '../support/golf-routes';
import { openStream, viewersListening } from '../support/sse-client';

let app: TestApp;
let links: TestCourse;
beforeAll(async () => {
  app = await startTestApp();
  links = await addFictionalCourse(app.database.db);
});
afterAll(async () => {
  await app?.close();
});

/** Opens the round's stream as a viewer would. */
const open = (roundId: string, headers: Record<string, string> = {}, qs = '') =>
  openStream(golfRoutes['GET /api/v1/golf/rounds/{id}/stream'], `/api/v1/golf/rounds/${roundId}/stream${qs}`, roundId, headers);

describe('live leaderboard stream', () => {
  it('sends each event with the leaderboard after it, live and in order; a reconnect resumes the standings', async () => {
    const [a, b] = [await makeUser(app.database.db, 'player'), await makeUser(app.database.db, 'player')];
    const db = app.database.db;
    const roundId = await playRound(db, {
      // Only plays in the log: the stream below counts them.
      confirm: false,
      userIds: [a.id, b.id],
      courseId: links.courseId,
      teeId: links.tees.Blue,
      date: '2026-07-01',
      cards: [],
      finish: false,
    });
    const viewer = await open(roundId);
    expect(viewer.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await viewer.waitFor(1))[0]).toMatchObject({ id: '1', event: 'round_started' });

    await scoreHole(db, { userId: a.id }, roundId, 1, { hole: 1, strokes: 5 }); // a +1
    await scoreHole(db, { userId: b.id }, roundId, 2, { hole: 1, strokes: 3 }); // b -1
    await scoreHole(db, { userId: a.id }, roundId, 1, { hole: 2, strokes: 3 }); // a E thru 2
    const got = await viewer.waitFor(4);
    expect(got.map((e) => [e.id, e.event])).toEqual([
      ['1', 'round_started'],
      ['2', 'hole_scored'],
      ['3', 'hole_scored'],
      ['4', 'hole_scored'],
    ]);
    const board = (e: (typeof got)[number]) =>
      e.json.leaderboard.map((l: { position: number; to_par: number; thru: number; place: number | null }) => [
        l.position,
        l.to_par,
        l.thru,
        l.place,
      ]);
    expect(board(got[1] as (typeof got)[number])).toEqual([
      [1, 1, 1, 1],
      [2, 0, 0, null],
    ]);
    expect(board(got[3] as (typeof got)[number])).toEqual([
      [2, -1, 1, 1],
      [1, 0, 2, 2],
    ]);
    await viewer.close();

    // Reconnecting after seq 3 must still rank with the first three events folded in.
    await scoreHole(db, { userId: b.id }, roundId, 2, { hole: 2, strokes: 6 }); // b +1 thru 2
    const resumed = await open(roundId, { 'last-event-id': '3' });
    const more = await resumed.waitFor(2);
    expect(more.map((e) => e.id)).toEqual(['4', '5']);
    expect(board(more[1] as (typeof more)[number])).toEqual([
      [1, 0, 2, 1],
      [2, 1, 2, 2],
    ]);
    await resumed.close();
  });

  it('a viewer resuming past the head (a rebuilt stream, a stale id) resumes at the head and gets later events', async () => {
    const a = await makeUser(app.database.db, 'player');
    const db = app.database.db;
    const roundId = await playRound(db, {
      userIds: [a.id],
      courseId: links.courseId,
      teeId: links.tees.Blue,
      date: '2026-07-02',
      cards: [],
      finish: false,
    });
    await scoreHole(db, { userId: a.id }, roundId, 1, { hole: 1, strokes: 5 }); // seq 2
    const stale = await open(roundId, { 'last-event-id': '50' });
    const staleQuery = await open(roundId, {}, '?after_seq=9999');
    await viewersListening(roundStream(roundId), 2); // both resumed at the head before the next event
    await scoreHole(db, { userId: a.id }, roundId, 1, { hole: 2, strokes: 3 }); // seq 3
    for (const viewer of [stale, staleQuery]) {
      const got = await viewer.waitFor(1);
      expect(got.map((e) => [e.id, e.event])).toEqual([['3', 'hole_scored']]);
      // The standings include what the viewer already had: hole 1 (+1) and hole 2 (-1).
      expect(got[0]?.json.leaderboard[0]).toMatchObject({ position: 1, thru: 2, to_par: 0 });
      await viewer.close();
    }
  });

  it('answers 404 for an unknown round', async () => {
    const id = crypto.randomUUID();
    const res = await golfRoutes['GET /api/v1/golf/rounds/{id}/stream'](
      new Request(`http://localhost/api/v1/golf/rounds/${id}/stream`),
      {
        params: Promise.resolve({ id }),
      },
    );
    expect(res.status).toBe(404);
  });
});
