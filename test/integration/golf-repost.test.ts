// A later round's Net Double Bogey caps use the index in effect on its day. When an earlier-dated
// round is posted late or corrected, that index changes, so the golfer's later rounds are re-posted
// in date order — and a rebuild from the logs still reproduces the rows.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GolfTeeRow, golfPostedScores, golfRoundPlayers, golfTees } from '../../drizzle/schema';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { teeFromRow } from '../../lib/golf/courses/queries';
import { computeHandicapIndex, type PostedScore, scoreForPosting } from '../../lib/golf/handicap';
import { handicapIndexOn } from '../../lib/golf/rounds/handicap-record';
import { rebuildRound } from '../../lib/golf/rounds/rebuild';
import { finishRound, scoreHole } from '../../lib/golf/rounds/score';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';
import { addFictionalCourse, golf, type TestCourse } from '../support/golf-api';
import { cardOver, linksPar, playRound } from '../support/golf-rounds';

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

const db = () => app.database.db;
const play = (userId: string, date: string, card: number[]) =>
  playRound(db(), { userIds: [userId], courseId: links.courseId, teeId: links.tees.White, date, cards: [card] });
async function posted(roundId: string, userId: string) {
  const [row] = await db()
    .select()
    .from(golfPostedScores)
    .where(and(eq(golfPostedScores.roundId, roundId), eq(golfPostedScores.userId, userId)));
  return row;
}
const agsInView = async (roundId: string) => (await golf.round(roundId)).body.data.players[0].posting.ags as number;

describe('re-posting later rounds', () => {
  it('a late-posted earlier round, then corrections to it, re-post the later round with the index of its day', async () => {
    const { id: me } = await makeUser(db(), 'player');
    // Three 92s off White (70.2 / 126): differentials 19.6, so from 05-04 the index is 19.6 − 2.0 = 17.6.
    for (const date of ['2026-05-01', '2026-05-02', '2026-05-03']) await play(me, date, cardOver(20));
    // Par + 5 on every hole on 05-20. Course Handicap 18 there: a stroke on every hole, Net Double Bogey par + 3.
    const blowUps = linksPar.map((p) => p + 5);
    const later = await play(me, '2026-05-20', blowUps);
    expect(await posted(later, me)).toMatchObject({ courseHandicap: 18, ags: 72 + 3 * 18 });
    expect(await agsInView(later)).toBe(126); // cached under the round's tag from here on

    // Posted late: an 86 dated 05-10 (differential 14.2, not exceptional). From 05-11 the index is the
    // lowest of four less 1.0 = 13.2, Course Handicap 13: strokes on stroke index 1-13 only.
    const late = await play(me, '2026-05-10', cardOver(14));
    expect(await handicapIndexOn(db(), me, '2026-05-20')).toBe(13.2);
    expect(await posted(later, me)).toMatchObject({ courseHandicap: 13, ags: 72 + 2 * 18 + 13 });
    expect(await agsInView(later)).toBe(121);

    // Corrected to a 98 (holes 15-18 at par + 3; differential 24.9): the lowest is 19.6 again, so the
    // index on 05-20 is 18.6, Course Handicap 19: a stroke on every hole and two on stroke index 1.
    for (const hole of [15, 16, 17, 18]) {
      await scoreHole(db(), { userId: me }, late, 1, { hole, strokes: (linksPar[hole - 1] as number) + 3 });
    }
    expect(await posted(late, me)).toMatchObject({ ags: 98 });
    expect(await handicapIndexOn(db(), me, '2026-05-20')).toBe(18.6);
    expect(await posted(later, me)).toMatchObject({ courseHandicap: 19, ags: 72 + 3 * 18 + 1 });
    expect(await agsInView(later)).toBe(127);
    const handicap = (await (await golf.player('handicap', me)).json()).data;
    expect(handicap.record.map((r: { date: string; gross: number }) => [r.date, r.gross])).toEqual([
      ['2026-05-01', 92],
      ['2026-05-02', 92],
      ['2026-05-03', 92],
      ['2026-05-10', 98],
      ['2026-05-20', 162],
    ]);

    // The logs say the same: rebuilding either round changes nothing.
    const now = await posted(later, me);
    expect((await rebuildRound(db(), late)).changed).toBe(false);
    expect((await rebuildRound(db(), later)).changed).toBe(false);
    expect(await posted(later, me)).toEqual(now);
  });

  it('a rebuild of a later round and corrections to an earlier one, at once, neither deadlock nor lose a write', async () => {
    const { id: me } = await makeUser(db(), 'player');
    const early = await play(me, '2026-03-01', cardOver(20));
    for (const date of ['2026-03-02', '2026-03-03']) await play(me, date, cardOver(20));
    const later = await play(
      me,
      '2026-03-20',
      linksPar.map((p) => p + 5),
    );
    const runs: Promise<unknown>[] = [];
    for (let i = 0; i < 6; i++) {
      runs.push(rebuildRound(db(), later));
      runs.push(scoreHole(db(), { userId: me }, early, 1, { hole: 1, strokes: (linksPar[0] as number) + 1 + (i % 3) }));
    }
    const settled = await Promise.allSettled(runs);
    expect(settled.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    // Whatever the interleaving, the stored rows are what the logs say.
    expect((await rebuildRound(db(), early)).changed).toBe(false);
    expect((await rebuildRound(db(), later)).changed).toBe(false);
  });

  it("re-posts a later round only when the correction moves the index of that round's day", async () => {
    const { id: me } = await makeUser(db(), 'player');
    const rounds: string[] = [];
    for (const date of ['2026-02-01', '2026-02-02', '2026-02-03']) rounds.push(await play(me, date, cardOver(20)));
    const later = await play(
      me,
      '2026-02-20',
      linksPar.map((p) => p + 5),
    );
    const version = async () =>
      (
        await db()
          .select({ v: golfRoundPlayers.postingVersion })
          .from(golfRoundPlayers)
          .where(eq(golfRoundPlayers.roundId, later))
      )[0]?.v;
    const atStart = await version();
    expect(await posted(later, me)).toMatchObject({ courseHandicap: 18 }); // index 19.6 − 2.0 = 17.6

    // 92 → 93 on 02-02: a higher differential than the lowest (19.6), so the index of 02-20 stays 17.6.
    const eighteenth = linksPar[17] as number;
    await scoreHole(db(), { userId: me }, rounds[1] as string, 1, { hole: 18, strokes: eighteenth + 2 });
    expect(await posted(rounds[1] as string, me)).toMatchObject({ ags: 93 });
    expect(await version()).toBe(atStart);

    // 92 → 90 on 02-02: differential 17.8 is the lowest now, so 02-20's index is 15.8, Course Handicap 16.
    await scoreHole(db(), { userId: me }, rounds[1] as string, 1, { hole: 18, strokes: eighteenth - 1 });
    expect(await posted(rounds[1] as string, me)).toMatchObject({ ags: 90 });
    expect(await handicapIndexOn(db(), me, '2026-02-20')).toBe(15.8);
    expect(await version()).toBeGreaterThan(atStart as number);
    expect(await posted(later, me)).toMatchObject({ courseHandicap: 16, ags: 72 + 2 * 18 + 16 });
    expect((await rebuildRound(db(), later)).changed).toBe(false);
  });

  it('after rounds posted out of date order and random corrections, every posting is what its day gives', async () => {
    // A seeded walk: 10 rounds on distinct days, played in a shuffled order (so most are posted late),
    // then 8 corrections to random holes. The expected postings are recomputed here from scratch,
    // oldest day first, each from the index of the record before its day.
    let seed = 20261202;
    const rand = (n: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const { id: me } = await makeUser(db(), 'player');
    const dates = Array.from({ length: 10 }, (_, i) => `2025-0${1 + Math.floor(i / 3)}-${String(10 + (i % 3) * 7)}`);
    const cards = new Map<string, number[]>();
    const order = [...dates];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rand(i + 1);
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    const roundOf = new Map<string, string>();
    for (const date of order) {
      const card = linksPar.map((p) => p + rand(4) - (rand(5) === 0 ? 1 : 0));
      const id = await play(me, date, card);
      roundOf.set(date, id);
      cards.set(date, card);
    }
    for (let i = 0; i < 8; i++) {
      const date = dates[rand(dates.length)] as string;
      const hole = 1 + rand(18);
      const strokes = (linksPar[hole - 1] as number) - 1 + rand(6);
      await scoreHole(db(), { userId: me }, roundOf.get(date) as string, 1, { hole, strokes });
      (cards.get(date) as number[])[hole - 1] = strokes;
    }
    const [teeRow] = await db().select().from(golfTees).where(eq(golfTees.id, links.tees.White));
    const tee = teeFromRow(teeRow as GolfTeeRow);
    const record: PostedScore[] = [];
    for (const date of dates) {
      const expected = scoreForPosting({
        date,
        course: 'Statline Links (fictional)',
        tee,
        holes: (cards.get(date) as number[]).map((strokes, i) => ({ hole: i + 1, strokes })),
        handicapIndex: computeHandicapIndex(record),
      });
      record.push(expected.score);
      expect({ date, ...(await posted(roundOf.get(date) as string, me)) }).toMatchObject({
        date,
        ags: expected.score.ags,
        courseHandicap: expected.course_handicap,
      });
    }
  });

  it('a 9-hole score that stops being posted re-posts the later rounds it had moved', async () => {
    const { id: me } = await makeUser(db(), 'player');
    for (const date of ['2026-06-01', '2026-06-02', '2026-06-03']) await play(me, date, cardOver(20));
    // The front nine at par (White's front nine is rated): a 9-hole score that lowers the index.
    const nine = await play(me, '2026-06-10', linksPar.slice(0, 9));
    const later = await play(
      me,
      '2026-06-20',
      linksPar.map((p) => p + 5),
    );
    expect(await posted(nine, me)).toMatchObject({ holes: 9 });
    const withNine = (await posted(later, me))?.courseHandicap;
    // Hole 10 scored after the finish: 10 holes are not a postable score, so the nine drops out.
    await scoreHole(db(), { userId: me }, nine, 1, { hole: 10, strokes: 4 });
    expect(await posted(nine, me)).toBeUndefined();
    expect(await handicapIndexOn(db(), me, '2026-06-20')).toBe(17.6);
    expect((await posted(later, me))?.courseHandicap).toBe(18);
    expect(withNine).not.toBe(18);
    expect((await rebuildRound(db(), later)).changed).toBe(false);
  });

  it('a rebuild repairs a stale earlier posting and every later round posted from it, in one pass', async () => {
    const { id: me } = await makeUser(db(), 'player');
    for (let d = 1; d <= 9; d++) await play(me, `2026-07-0${d}`, cardOver(20));
    const earlier = await play(me, '2026-07-10', cardOver(20));
    const later = await play(
      me,
      '2026-07-20',
      linksPar.map((p) => p + 5),
    );
    // As a projection bug might have left them: the earlier posting wrong, the later one posted from it.
    await db().update(golfPostedScores).set({ ags: 80 }).where(eq(golfPostedScores.roundId, earlier));
    await rebuildRound(db(), later);
    const stale = (await posted(later, me))?.courseHandicap;
    // `npm run rebuild -- golf` goes by round id, so the later round may well come first.
    expect((await rebuildRound(db(), later)).changed).toBe(false);
    expect((await rebuildRound(db(), earlier)).changed).toBe(true);
    expect(await posted(earlier, me)).toMatchObject({ ags: 92 });
    expect(await handicapIndexOn(db(), me, '2026-07-20')).toBe(19.6);
    expect((await posted(later, me))?.courseHandicap).toBe(20);
    expect(stale).not.toBe(20);
    expect((await rebuildRound(db(), later)).changed).toBe(false);
  });

  it('late finishes of two groups re-posting shared later rounds do not deadlock', async () => {
    const [a, b, c] = [
      (await makeUser(db(), 'player')).id,
      (await makeUser(db(), 'player')).id,
      (await makeUser(db(), 'player')).id,
    ];
    const group = async (userIds: string[], date: string, card: number[], finish = true) => {
      const id = await playRound(db(), {
        userIds,
        courseId: links.courseId,
        teeId: links.tees.White,
        date,
        cards: userIds.map(() => card),
        finish,
      });
      // Added players confirm the round by scoring a hole of their own.
      for (const [i, u] of userIds.slice(1).entries()) {
        await scoreHole(db(), { userId: u }, id, i + 2, { hole: 1, strokes: card[0] as number });
      }
      return id;
    };
    for (const u of [a, b, c]) for (const date of ['2026-01-01', '2026-01-02', '2026-01-03']) await play(u, date, cardOver(20));
    const blowUps = linksPar.map((p) => p + 5);
    await group([b, c], '2026-02-03', blowUps);
    await group([a, c], '2026-02-05', blowUps);
    for (let i = 0; i < 8; i++) {
      // Finishing r re-posts a's and b's later rounds; finishing t re-posts c's: they share both.
      const r = await group([a, b], '2026-02-01', cardOver(14 - i), false);
      const t = await group([c], '2026-02-02', cardOver(14 - i), false);
      const results = await Promise.allSettled([finishRound(db(), { userId: a }, r), finishRound(db(), { userId: c }, t)]);
      expect(results.filter((x) => x.status === 'rejected').map((x) => String((x as PromiseRejectedResult).reason))).toEqual([]);
    }
  });

  it('leaves earlier and same-day rounds as they were posted', async () => {
    const { id: me } = await makeUser(db(), 'player');
    const earlier: string[] = [];
    for (const date of ['2026-04-01', '2026-04-02', '2026-04-03']) earlier.push(await play(me, date, cardOver(20)));
    const sameDay = await play(
      me,
      '2026-04-10',
      linksPar.map((p) => p + 5),
    );
    const before = await Promise.all([...earlier, sameDay].map((id) => posted(id, me)));
    // A 72 on the same day: an index is from earlier days only, so no round here posts differently.
    await play(me, '2026-04-10', cardOver(0));
    expect(await Promise.all([...earlier, sameDay].map((id) => posted(id, me)))).toEqual(before);
    expect(before[3]).toMatchObject({ courseHandicap: 18, ags: 72 + 3 * 18 });
  });
});
