// Rounds through the API: start, score hole by hole, correct, finish. Who may write, idempotent
// re-scoring, the cached summary following every correction, handicap posting and the CSV export.

import { parse } from 'csv-parse/sync';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, golfHoleScores, golfPostedScores } from '../../drizzle/schema';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { rebuildRound, roundRows } from '../../lib/golf/rounds/rebuild';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, makeCallers, makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, addUnratedCourse, golf, scoreCard, type TestCourse } from '../support/golf-api';

let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let links: TestCourse;
beforeAll(async () => {
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
  links = await addFictionalCourse(app.database.db);
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

const h = (c: Caller) => c.headers;
// Par 72 on Statline Links: 4 4 3 5 4 4 3 4 5 | 4 3 4 5 4 4 3 4 5.
const card = [5, 4, 3, 6, 5, 4, 4, 5, 5, 4, 3, 5, 6, 4, 5, 3, 5, 6]; // 82
const eventCount = async () => (await app.database.db.select({ n: count() }).from(events))[0]?.n ?? 0;

async function newRound(caller: Caller, extra: Record<string, unknown> = {}) {
  const res = await golf.startRound(h(caller), {
    course_id: links.courseId,
    tee_id: links.tees.White,
    date: '2026-06-01',
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data as { id: string; players: { position: number; user_id: string | null; name: string }[] };
}

describe('a round through the API', () => {
  it('starts with the caller and others, scores 18 holes, and summarizes each player', async () => {
    const player = callers.sessions.player;
    const round = await newRound(player, { player_ids: [callers.sessions.coach.userId], guests: [{ name: 'Guest Gus' }] });
    expect(round.players.map((p) => [p.position, p.user_id, p.name])).toEqual([
      [1, player.userId, expect.any(String)],
      [2, callers.sessions.coach.userId, expect.any(String)],
      [3, null, 'Guest Gus'],
    ]);
    await scoreCard(h(player), round.id, card);
    await scoreCard(
      h(player),
      round.id,
      card.map((s) => s + 1),
      { position: 3 },
    );
    const coach = await golf.score(h(callers.sessions.coach), round.id, 1, { strokes: 3, putts: 1, fairway: 'hit' });
    expect(coach.body.data).toMatchObject({ position: 2, hole: 1, strokes: 3, putts: 1, fairway: 'hit', changed: true });

    const view = (await golf.round(round.id)).body.data;
    const [me, , guest] = view.players;
    expect(me.summary).toMatchObject({ holes_played: 18, gross: 82, par: 72, to_par: 10, out: 41, in: 41 });
    expect(guest.summary).toMatchObject({ gross: 100, to_par: 28 });
    expect(view.leaderboard.map((l: { position: number; place: number }) => [l.position, l.place])).toEqual([
      [2, 1], // a birdie through one
      [1, 2],
      [3, 3],
    ]);
  });

  it('refuses writers who do not play: 403 for other golfers, 401 anonymous, 403 read keys and fans', async () => {
    const owner = callers.sessions.player;
    const round = await newRound(owner);
    const outsider = await makeUser(app.database.db, 'player');
    const outsiderHeaders = { cookie: await sessionCookie(outsider.id, 'player') };
    const body = { strokes: 4 };
    expect((await golf.score(outsiderHeaders, round.id, 1, body)).status).toBe(403);
    expect((await golf.score(h(callers.sessions.coach), round.id, 1, body)).status).toBe(403); // a coach, but not in it
    expect((await golf.score({}, round.id, 1, body)).status).toBe(401);
    expect((await golf.score(h(callers.readKey), round.id, 1, body)).status).toBe(403);
    expect((await golf.score(h(callers.sessions.fan), round.id, 1, body)).status).toBe(403);
    expect((await golf.finish(outsiderHeaders, round.id)).status).toBe(403);
    // Admins may correct any round, naming whose hole it is.
    const admin = await golf.score(h(callers.sessions.admin), round.id, 1, { strokes: 5, player_id: owner.userId });
    expect(admin.status).toBe(200);
    // ...but an admin who does not play must say whose score it is.
    expect((await golf.score(h(callers.sessions.admin), round.id, 2, body)).status).toBe(422);
    // Only an admin may score a group without playing in it.
    const scorer = {
      course_id: links.courseId,
      tee_id: links.tees.White,
      date: '2026-06-02',
      caller_plays: false,
      guests: [{ name: 'A' }],
    };
    expect((await golf.startRound(h(callers.sessions.coach), scorer)).status).toBe(403);
    expect((await golf.startRound(h(callers.sessions.admin), scorer)).status).toBe(201);
  });

  it('re-scoring a hole with the same values changes nothing; a retry with the same key returns the stored result', async () => {
    const player = callers.sessions.player;
    const round = await newRound(player);
    const first = await golf.score(h(player), round.id, 7, { strokes: 5, putts: 2 });
    const before = await eventCount();
    const again = await golf.score(h(player), round.id, 7, { strokes: 5, putts: 2 });
    expect(again.body.data).toMatchObject({ changed: false, seq: first.body.data.seq, strokes: 5 });
    expect(await eventCount()).toBe(before);

    const key = crypto.randomUUID();
    const keyed = await golf.score(h(player), round.id, 8, { strokes: 6 }, { 'idempotency-key': key });
    const retried = await golf.score(h(player), round.id, 8, { strokes: 6 }, { 'idempotency-key': key });
    expect(retried.body.data).toMatchObject({ seq: keyed.body.data.seq, changed: false });
    // The same key for a different score is a conflict, not a silent overwrite.
    expect((await golf.score(h(player), round.id, 8, { strokes: 7 }, { 'idempotency-key': key })).status).toBe(409);
    expect((await golf.score(h(player), round.id, 8, { strokes: 7 }, { 'idempotency-key': 'nope' })).status).toBe(400);
  });

  it('serves the summary from the cache and a correction is visible at once', async () => {
    const player = callers.sessions.player;
    const round = await newRound(player);
    await scoreCard(h(player), round.id, card);
    expect((await golf.round(round.id)).body.data.players[0].summary.gross).toBe(82);
    expect((await golf.round(round.id)).body.data.players[0].summary.gross).toBe(82); // cached now
    await golf.score(h(player), round.id, 7, { strokes: 8, penalties: 2 });
    const corrected = (await golf.round(round.id)).body.data.players[0];
    expect(corrected.summary.gross).toBe(86);
    expect(corrected.scores[6]).toMatchObject({ hole: 7, strokes: 8, penalties: 2 });
    expect((await golf.leaderboard(round.id)).body.data[0]).toMatchObject({ gross: 86, thru: 18 });
  });

  it('rejects bad holes: off the card, more putts than strokes, missing strokes', async () => {
    const player = callers.sessions.player;
    const round = await newRound(player);
    expect((await golf.score(h(player), round.id, 19, { strokes: 4 })).status).toBe(400);
    expect((await golf.score(h(player), round.id, 3, { strokes: 2, putts: 3 })).status).toBe(400);
    expect((await golf.score(h(player), round.id, 3, { putts: 2 })).status).toBe(400);
    const nine = await addUnratedCourse(app.database.db, [4, 4, 3, 5, 4, 4, 3, 4, 5]);
    const short = await golf.startRound(h(player), {
      course_id: nine.courseId,
      tee_id: nine.tees.Tournament,
      date: '2026-06-03',
    });
    expect((await golf.score(h(player), short.body.data.id, 10, { strokes: 4 })).status).toBe(422);
    expect(
      (await golf.startRound(h(player), { course_id: nine.courseId, tee_id: links.tees.White, date: '2026-06-03' })).status,
    ).toBe(422);
  });

  it('finishing posts a handicap score on a rated tee, says why not on an unrated one, and is idempotent', async () => {
    const player = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(player.id, 'player') };
    const empty = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-04' });
    expect((await golf.finish(headers, empty.body.data.id)).status).toBe(422); // nothing scored yet

    const rated = empty.body.data.id as string;
    await scoreCard(headers, rated, card);
    const done = await golf.finish(headers, rated);
    expect(done.status).toBe(200);
    // No index yet: holes are capped at par + 5; nothing here is worse, so AGS = gross.
    expect(done.body.data.players[0].posting).toMatchObject({
      posted: true,
      holes: 18,
      ags: 82,
      course_rating: 70.2,
      slope: 126,
    });
    expect(done.body.data.players[0].posting.differential).toBe(10.6); // 113/126 × (82 − 70.2)
    const again = await golf.finish(headers, rated);
    expect(again.status).toBe(200);
    expect(again.body.meta).toEqual({ duplicate: true });

    const tour = await addUnratedCourse(app.database.db, [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 3, 4, 5, 4, 4, 3, 4, 5]);
    const unrated = await golf.startRound(headers, {
      course_id: tour.courseId,
      tee_id: tour.tees.Tournament,
      date: '2026-06-05',
    });
    await scoreCard(headers, unrated.body.data.id, card);
    const notPosted = await golf.finish(headers, unrated.body.data.id);
    expect(notPosted.body.data.players[0].posting).toMatchObject({ posted: false });
    expect(notPosted.body.data.players[0].posting.note).toMatch(/no published men's course rating and slope/);
    const posted = await app.database.db.select().from(golfPostedScores).where(eq(golfPostedScores.userId, player.id));
    expect(posted.map((p) => p.roundId)).toEqual([rated]);

    // A correction after the finish re-posts the score.
    await golf.score(headers, rated, 1, { strokes: 12 });
    const [reposted] = await app.database.db.select().from(golfPostedScores).where(eq(golfPostedScores.roundId, rated));
    expect(reposted).toMatchObject({ gross: 89, ags: 82 + 4 }); // 12 on a par 4 caps at par + 5 = 9
    const handicap = await (await golf.player('handicap', player.id)).json();
    expect(handicap.data.record).toHaveLength(1);
    expect(handicap.data.not_posted).toEqual([expect.objectContaining({ round_id: unrated.body.data.id })]);
  });

  it('posts a 9-hole score for a complete nine with its nine rating, and nothing for a partial card', async () => {
    const player = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(player.id, 'player') };
    const nine = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-09' });
    await scoreCard(headers, nine.body.data.id, card.slice(0, 9)); // 41 on the front nine, rated 35.3 / 125
    const posting = (await golf.finish(headers, nine.body.data.id)).body.data.players[0].posting;
    expect(posting).toMatchObject({ posted: true, holes: 9, ags: 41, course_rating: 35.3, slope: 125, differential: 5.2 });

    const partial = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-10' });
    await scoreCard(headers, partial.body.data.id, card.slice(0, 12));
    const note = (await golf.finish(headers, partial.body.data.id)).body.data.players[0].posting;
    expect(note).toMatchObject({ posted: false });
    expect(note.note).toMatch(/all 18 holes or one complete nine: missing holes 13-18/);
  });

  it("shows a combined 9+9 record with the combined rating and slope beside both nines' gross (Rule 5.1b)", async () => {
    // A golfer without an index: the front nine (41, rated 35.3 / 125) waits for a second nine, the
    // back nine (41, rated 34.9 / 127) completes it. The 18-hole score is 82 against 35.3 + 34.9 =
    // 70.2 and slope (125 + 127) / 2 = 126, not the front nine's 35.3 / 125.
    const player = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(player.id, 'player') };
    const front = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-11' });
    await scoreCard(headers, front.body.data.id, card.slice(0, 9));
    expect((await golf.finish(headers, front.body.data.id)).body.data.players[0].posting).toMatchObject({
      posted: true,
      holes: 9,
    });
    const back = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-12' });
    for (let hole = 10; hole <= 18; hole++) {
      const res = await golf.score(headers, back.body.data.id, hole, { strokes: card[hole - 1] });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const posting = (await golf.finish(headers, back.body.data.id)).body.data.players[0].posting;
    expect(posting).toMatchObject({ posted: true, holes: 9, ags: 41, course_rating: 34.9, slope: 127 });

    const handicap = await (await golf.player('handicap', player.id)).json();
    expect(handicap.data.record).toHaveLength(1);
    expect(handicap.data.record[0]).toMatchObject({
      kind: 'nine_combined',
      round_ids: [front.body.data.id, back.body.data.id],
      gross: 82,
      ags: 82,
      course_rating: 70.2,
      slope: 126,
    });
  });

  it('retrying a start with the same id returns the same round', async () => {
    const player = callers.sessions.player;
    const id = crypto.randomUUID();
    const body = { id, course_id: links.courseId, tee_id: links.tees.Red, date: '2026-06-06', gender: 'women' };
    const first = await golf.startRound(h(player), body);
    const second = await golf.startRound(h(player), body);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.meta).toEqual({ duplicate: true });
    expect(second.body.data.players[0]).toMatchObject({ gender: 'women' });
  });

  it('exports a golfer’s rounds as CSV, one row per hole', async () => {
    const player = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(player.id, 'player') };
    const r = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.Blue, date: '2026-06-07' });
    await scoreCard(headers, r.body.data.id, card.slice(0, 9));
    const res = await golf.player('rounds.csv', player.id);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(9);
    expect(rows[3]).toMatchObject({
      hole: '4',
      par: '5',
      yards: '530',
      stroke_index: '1',
      strokes: '6',
      to_par: '1',
      tee: 'Blue',
    });
    const list = await (await golf.player('rounds', player.id)).json();
    expect(list.data).toEqual([expect.objectContaining({ round_id: r.body.data.id, holes_played: 9, gross: 41, to_par: 5 })]);
  });

  it('rebuilds a round from its log to exactly the rows maintained along the way', async () => {
    const player = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(player.id, 'player') };
    const r = await golf.startRound(headers, {
      course_id: links.courseId,
      tee_id: links.tees.White,
      date: '2026-06-08',
      guests: [{ name: 'Gil' }],
    });
    const id = r.body.data.id as string;
    await scoreCard(headers, id, card);
    await scoreCard(headers, id, card.slice(0, 9), { position: 2 });
    await golf.score(headers, id, 7, { strokes: 6, putts: 3, sand: true });
    await golf.finish(headers, id);
    await golf.score(headers, id, 7, { strokes: 5, putts: 2, fairway: 'n/a' }); // a correction after the finish
    const maintained = await roundRows(app.database.db, id);
    expect(maintained.posted).toHaveLength(1);
    expect(await rebuildRound(app.database.db, id)).toEqual({ changed: false, events: 1 + 27 + 1 + 1 + 1 });
    expect(await roundRows(app.database.db, id)).toEqual(maintained);

    // A projection gone wrong is put right from the log.
    await app.database.db.update(golfHoleScores).set({ strokes: 1 }).where(eq(golfHoleScores.roundId, id));
    expect((await rebuildRound(app.database.db, id)).changed).toBe(true);
    expect(await roundRows(app.database.db, id)).toEqual(maintained);
    expect((await golf.round(id)).body.data.players[0].summary.gross).toBe(82 + 5 - 4);
  });
});
