// Rules a round's writes must keep: only golfers are put in a round and an added player's score
// reaches their handicap record only once they confirm it; an idempotency key's retry answers the
// stored write even after a later one; a retried start must repeat the first; the date is bounded.
import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, golfPostedScores, golfRounds } from '../../drizzle/schema';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { rebuildRound } from '../../lib/golf/rounds/rebuild';
import { roundStream } from '../../lib/golf/tags';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers, makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, scoreCard, type TestCourse } from '../support/golf-api';

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

const card = [5, 4, 3, 6, 5, 4, 4, 5, 5, 4, 3, 5, 6, 4, 5, 3, 5, 6]; // 82 on Statline Links
// Counted per round, and rounds as rows: analytics append achievement events in the background.
const roundEvents = async (roundId: string) =>
  (
    await app.database.db
      .select({ n: count() })
      .from(events)
      .where(eq(events.stream, roundStream(roundId)))
  )[0]?.n ?? 0;
const roundCount = async () => (await app.database.db.select({ n: count() }).from(golfRounds))[0]?.n ?? 0;
const postedFor = async (userId: string, roundId: string) =>
  app.database.db
    .select()
    .from(golfPostedScores)
    .where(and(eq(golfPostedScores.userId, userId), eq(golfPostedScores.roundId, roundId)));
async function golfer() {
  const user = await makeUser(app.database.db, 'player');
  return { id: user.id, headers: { cookie: await sessionCookie(user.id, 'player') } };
}
const base = (date: string) => ({ course_id: links.courseId, tee_id: links.tees.White, date });

describe("another account's handicap", () => {
  it('refuses to put an account whose role may not play golf (a fan) in a round: 422 naming it, nothing stored', async () => {
    const fanId = callers.sessions.fan.userId as string;
    const before = await roundCount();
    for (const extra of [{ player_ids: [fanId] }, { players: [{ user_id: fanId }] }]) {
      const res = await golf.startRound(callers.sessions.player.headers, { ...base('2026-06-11'), ...extra });
      expect(res.status).toBe(422);
      expect(res.body.error.message).toContain(fanId);
      expect(res.body.error.message).toMatch(/may not play golf rounds/);
    }
    expect(await roundCount()).toBe(before);
  });

  it("posts an added player's score only once they confirm the round; the round says it is awaiting them", async () => {
    const [a, b] = [await golfer(), await golfer()];
    const started = await golf.startRound(a.headers, { ...base('2026-06-12'), player_ids: [b.id] });
    const id = started.body.data.id as string;
    const status = async () =>
      (await golf.round(id)).body.data.players.map((p: { posting_status: string | null }) => p.posting_status);
    expect(started.body.data.players.map((p: { posting_status: string }) => p.posting_status)).toEqual([
      'pending_finish',
      'awaiting_confirmation',
    ]);
    // A enters B's whole card and finishes: A's record gets the round, B's does not.
    await scoreCard(a.headers, id, card);
    await scoreCard(a.headers, id, card, { player_id: b.id });
    const finished = await golf.finish(a.headers, id);
    expect(finished.status).toBe(200);
    const [mine, theirs] = finished.body.data.players;
    expect(mine).toMatchObject({ posting_status: 'posted', posting: { posted: true } });
    expect(theirs).toMatchObject({ posting_status: 'awaiting_confirmation', posting: { posted: false } });
    expect(theirs.posting.note).toMatch(/awaiting the player's confirmation/);
    expect(await postedFor(a.id, id)).toHaveLength(1);
    expect(await postedFor(b.id, id)).toHaveLength(0);
    const record = await (await golf.player('handicap', b.id)).json();
    expect(record.data.record).toHaveLength(0);

    // B confirms by writing to the round (even the value already there): now it is on B's record.
    const confirm = await golf.score(b.headers, id, 1, { strokes: card[0] });
    expect(confirm.body.data).toMatchObject({ changed: false });
    expect(await status()).toEqual(['posted', 'posted']);
    expect(await postedFor(b.id, id)).toEqual([expect.objectContaining({ gross: 82 })]);
    // The log alone gives the same postings.
    expect((await rebuildRound(app.database.db, id)).changed).toBe(false);
  });

  it('the added player finishing the round confirms it too; a later no-op from a confirmed player writes nothing', async () => {
    const [a, b] = [await golfer(), await golfer()];
    const id = (await golf.startRound(a.headers, { ...base('2026-06-13'), player_ids: [b.id] })).body.data.id as string;
    await scoreCard(a.headers, id, card);
    await scoreCard(a.headers, id, card, { player_id: b.id });
    const done = await golf.finish(b.headers, id);
    expect(done.body.data.players.map((p: { posting_status: string }) => p.posting_status)).toEqual(['posted', 'posted']);
    const before = await roundEvents(id);
    expect((await golf.score(b.headers, id, 2, { strokes: card[1] })).body.data).toMatchObject({ changed: false });
    expect(await roundEvents(id)).toBe(before);
  });
});

describe('idempotent hole writes', () => {
  it('a keyed retry after a later write answers what it answered first and leaves the later score', async () => {
    const { headers } = await golfer();
    const id = (await golf.startRound(headers, base('2026-06-14'))).body.data.id as string;
    await golf.score(headers, id, 7, { strokes: 5 });
    const key = crypto.randomUUID();
    const first = await golf.score(headers, id, 7, { strokes: 5 }, { 'idempotency-key': key });
    expect(first.body.data).toMatchObject({ strokes: 5, changed: false });
    expect((await golf.score(headers, id, 7, { strokes: 6 })).body.data).toMatchObject({ strokes: 6, changed: true });
    const retry = await golf.score(headers, id, 7, { strokes: 5 }, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.body.data).toEqual(first.body.data);
    expect(retry.body.meta).toEqual({ duplicate: true });
    const hole7 = (await golf.round(id)).body.data.players[0].scores.find((s: { hole: number }) => s.hole === 7);
    expect(hole7).toMatchObject({ strokes: 6 });
  });

  it('racing writes are compared with the hole under the lock: no write appends the values the hole already had', async () => {
    const { headers } = await golfer();
    const id = (await golf.startRound(headers, base('2026-06-15'))).body.data.id as string;
    await golf.score(headers, id, 3, { strokes: 5 });
    const values = [6, 6, 6, 5, 5, 5, 6, 6, 5, 5, 6, 5];
    const answers = await Promise.all(values.map((strokes) => golf.score(headers, id, 3, { strokes })));
    expect(answers.map((r) => r.status)).toEqual(values.map(() => 200));
    const log = await app.database.db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.stream, roundStream(id)), eq(events.type, 'hole_scored')))
      .orderBy(asc(events.seq));
    const strokes = log.map((e) => (e.data as { strokes: number }).strokes);
    for (let i = 1; i < strokes.length; i++) expect(strokes[i], `event ${i} of ${strokes}`).not.toBe(strokes[i - 1]);
    expect(answers.filter((r) => r.body.data.changed)).toHaveLength(strokes.length - 1);
    const last = (await golf.round(id)).body.data.players[0].scores[0];
    expect(last.strokes).toBe(strokes.at(-1));
  });
});

describe('retried starts', () => {
  it('a retry with the same id and a different request is a 409; the same request is the same round', async () => {
    const { headers } = await golfer();
    const id = crypto.randomUUID();
    const body = { id, ...base('2026-06-16'), guests: [{ name: 'Gus', handicap_index: 12.1 }] };
    expect((await golf.startRound(headers, body)).status).toBe(201);
    const before = await roundCount();
    const changes: [Record<string, unknown>, string][] = [
      [{ tee_id: links.tees.Blue }, 'tee_id'],
      [{ date: '2026-06-17' }, 'date'],
      [{ format: 'stableford' }, 'format'],
      [{ guests: [{ name: 'Gus', handicap_index: 3 }] }, 'players'],
      [{ guests: [] }, 'players'],
      [{ gender: 'women' }, 'players'],
    ];
    for (const [change, field] of changes) {
      const res = await golf.startRound(headers, { ...body, ...change });
      expect(res.status, JSON.stringify(change)).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'event_id_conflict' });
      expect(res.body.error.message).toContain(field);
    }
    const other = await addFictionalCourse(app.database.db);
    const moved = await golf.startRound(headers, { ...body, course_id: other.courseId, tee_id: other.tees.White });
    expect(moved.status).toBe(409);
    expect(moved.body.error.message).toMatch(/course_id, tee_id/);
    // Someone else retrying the id is a different group of players.
    expect((await golf.startRound(callers.sessions.player.headers, body)).status).toBe(409);
    expect(await roundCount()).toBe(before);
    expect(await roundEvents(id)).toBe(1);
    const same = await golf.startRound(headers, body);
    expect([same.status, same.body.meta]).toEqual([201, { duplicate: true }]);
  });
});

describe('ids in upper case', () => {
  it('reach the same round and its one log: a start, hole writes, the view and the finish', async () => {
    const { headers } = await golfer();
    const id = crypto.randomUUID();
    const upper = id.toUpperCase();
    const started = await golf.startRound(headers, { id: upper, ...base('2026-06-18') });
    expect([started.status, started.body.data.id]).toEqual([201, id]);
    expect((await golf.startRound(headers, { id, ...base('2026-06-18') })).body.meta).toEqual({ duplicate: true });
    expect((await golf.score(headers, upper, 1, { strokes: 5 })).status).toBe(200);
    expect((await golf.score(headers, id, 2, { strokes: 4 })).status).toBe(200);
    const view = (await golf.round(upper)).body.data;
    expect([view.id, view.last_seq, view.players[0].summary.gross]).toEqual([id, 3, 9]);
    expect((await golf.finish(headers, upper)).status).toBe(200);
    expect(await roundEvents(id)).toBe(4);
    expect(await roundEvents(upper)).toBe(0);
    expect((await rebuildRound(app.database.db, id)).changed).toBe(false);
  });
});

describe('round dates', () => {
  it('refuses dates in the future or before 1900 with a 400 naming the date; tomorrow is fine', async () => {
    const { headers } = await golfer();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const [date, message] of [
      ['2099-12-31', /^date must not be after/],
      [day(3), /^date must not be after/],
      ['0001-01-01', /^date must be on or after 1900-01-01/],
      ['1899-12-31', /^date must be on or after 1900-01-01/],
    ] as const) {
      const res = await golf.startRound(headers, base(date));
      expect(res.status, date).toBe(400);
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ location: 'body', path: 'date', message: expect.stringMatching(message) }),
      ]);
    }
    expect((await golf.startRound(headers, base('1900-01-01'))).status).toBe(201);
    expect((await golf.startRound(headers, base(day(1)))).status).toBe(201);
  });
});
