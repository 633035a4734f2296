// A tag invalidation that fails after an append (logged and dropped, see lib/events/publish.ts) must
// not leave golf reads stale for the hour they are cached: the round view is keyed by its log's head
// and the handicap report by its record's version, so the next read after any write loads afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { startTestApp, type TestApp } from '../support/app';
import { failTagInvalidation } from '../support/cache-faults';
import { makeUser, sessionCookie } from '../support/callers';
import { addFictionalCourse, golf, scoreCard, type TestCourse } from '../support/golf-api';
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

const card = [5, 4, 3, 6, 5, 4, 4, 5, 5, 4, 3, 5, 6, 4, 5, 3, 5, 6]; // 82 on par 72

describe('golf reads when the cache invalidation fails', () => {
  it('the round view and the handicap report reflect the next write', async () => {
    const user = await makeUser(app.database.db, 'player');
    const headers = { cookie: await sessionCookie(user.id, 'player') };
    const start = await golf.startRound(headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-06-01' });
    const id = start.body.data.id as string;
    await scoreCard(headers, id, card);
    const handicap = async () => (await (await golf.player('handicap', user.id)).json()).data;
    const broken = failTagInvalidation();
    try {
      // Cached under the round's tag, whose next invalidation will be lost.
      expect((await golf.round(id)).body.data.players[0].summary.gross).toBe(82);
      expect((await golf.round(id)).body.data.players[0].summary.gross).toBe(82);

      const put = await golf.score(headers, id, 7, { strokes: 8, penalties: 2 });
      expect(put.status).toBe(200);
      expect(broken.failed()).toBeGreaterThan(0);
      const view = (await golf.round(id)).body.data;
      expect(view.players[0].summary.gross).toBe(86);
      expect(view.players[0].scores[6]).toMatchObject({ hole: 7, strokes: 8, penalties: 2 });
      expect(view.last_seq).toBe(put.body.data.seq);
      expect((await golf.leaderboard(id)).body.data[0]).toMatchObject({ gross: 86 });

      const finished = await golf.finish(headers, id);
      expect(finished.body.data.players[0].posting).toMatchObject({ posted: true, ags: 86 });
      expect((await handicap()).record.map((r: { gross: number }) => r.gross)).toEqual([86]);
      expect((await handicap()).record.map((r: { gross: number }) => r.gross)).toEqual([86]); // cached now

      // A correction after the finish re-posts: the report follows though its tag was never bumped.
      const failedBefore = broken.failed();
      await golf.score(headers, id, 1, { strokes: 6 });
      expect(broken.failed()).toBeGreaterThan(failedBefore);
      expect((await golf.round(id)).body.data.players[0].posting).toMatchObject({ ags: 87 });
      expect((await handicap()).record.map((r: { gross: number }) => r.gross)).toEqual([87]);
    } finally {
      broken.restore();
    }
  });

  it("a round re-posted from another round's log shows its new posting", async () => {
    const user = await makeUser(app.database.db, 'player');
    const play = (date: string, card: number[]) =>
      playRound(app.database.db, { userIds: [user.id], courseId: links.courseId, teeId: links.tees.White, date, cards: [card] });
    for (const date of ['2026-07-01', '2026-07-02', '2026-07-03']) await play(date, cardOver(20));
    const later = await play(
      '2026-07-20',
      linksPar.map((p) => p + 5),
    );
    const ags = async () => (await golf.round(later)).body.data.players[0].posting.ags;
    expect(await ags()).toBe(126); // Course Handicap 18: Net Double Bogey par + 3 on every hole
    const broken = failTagInvalidation();
    try {
      expect(await ags()).toBe(126); // served from the cache now
      // An earlier-dated 86 lowers the index of 07-20 (Course Handicap 13), re-posting `later` from
      // the new round's log: `later`'s own log does not move, and its tag's invalidation is lost.
      await play('2026-07-10', cardOver(14));
      expect(broken.failed()).toBeGreaterThan(0);
      expect(await ags()).toBe(121);
      expect((await (await golf.player('handicap', user.id)).json()).data.record).toHaveLength(5);
    } finally {
      broken.restore();
    }
  });
});
