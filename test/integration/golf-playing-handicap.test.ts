// Net and Stableford in the round view are scored off the Playing Handicap (the Course Handicap ×
// the format's WHS allowance, Appendix C), while the score posted for handicap is still capped at
// Net Double Bogey with the full Course Handicap (Rule 3.1).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { golfPostedScores } from '../../drizzle/schema';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { getCourse, insertCourse } from '../../lib/golf/courses/queries';
import { allocateStrokes } from '../../lib/golf/strokes';
import { startTestApp, type TestApp } from '../support/app';
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
const si18 = [7, 15, 17, 1, 9, 3, 13, 11, 5, 8, 14, 18, 2, 10, 4, 16, 12, 6];
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

interface HoleLine {
  strokes_received: number | null;
}

async function golfer() {
  const user = await makeUser(app.database.db, 'player');
  return { id: user.id, headers: { cookie: await sessionCookie(user.id, 'player') } };
}

describe('the playing handicap of a round', () => {
  // Index 20.0 off the White tee (men, 70.2 / 126, par 72): 20 × 126/113 − 1.8 = 20.501 → Course
  // Handicap 21. The allowance is taken from 20.501, not from 21 (which would give 19.95 → 20).
  it.each([
    ['stroke_play', 19], // 95% of 20.501 = 19.48
    ['stableford', 19], // 95%
    ['match_play', 21], // 100%
  ] as const)('%s: plays off %i of a Course Handicap of 21 for net and Stableford', async (format, ph) => {
    const me = await golfer();
    const start = await golf.startRound(me.headers, {
      course_id: links.courseId,
      tee_id: links.tees.White,
      date: '2026-06-01',
      format,
      guests: [{ name: 'Gus', handicap_index: 20 }],
    });
    expect(start.status, JSON.stringify(start.body)).toBe(201);
    const id = start.body.data.id as string;
    await scoreCard(me.headers, id, card, { position: 2 });

    const view = (await golf.round(id)).body.data;
    expect(view.format).toBe(format);
    const [caller, gus] = view.players;
    expect(caller).toMatchObject({ handicap_index: null, course_handicap: null, playing_handicap: null });
    expect(gus).toMatchObject({ handicap_index: 20, course_handicap: 21, playing_handicap: ph });
    const received = allocateStrokes(ph, view.tee.stroke_index);
    expect(gus.summary.holes.map((h: HoleLine) => h.strokes_received)).toEqual(received);
    expect(sum(received)).toBe(ph);
    expect(gus.summary).toMatchObject({ gross: 82, net: 82 - ph, net_to_par: 10 - ph });
    const points = card.map((s, i) => Math.max(0, 2 + (linksPar[i] as number) - (s - (received[i] as number))));
    expect(gus.summary.stableford).toBe(sum(points));
  });

  it('takes the allowance from the unrounded Course Handicap, rounding once (index 9.3 on 71.3 / 125, par 72)', async () => {
    // 9.3 × 125/113 + (71.3 − 72) = 9.588: the Course Handicap shown is 10, but the 95% stroke play
    // allowance gives 9.108 → 9 (not 95% of 10 = 9.5 → 10); match play's 100% stays 10.
    const course = {
      name: 'Playing Handicap Test',
      location: {},
      holes: 18 as const,
      tees: [{ name: 'Blue', ratings: { men: { course_rating: 71.3, slope: 125 } }, par: linksPar, stroke_index: si18 }],
      source: { name: 'test', id: `ph-${Date.now()}` },
    };
    const { id: courseId } = await app.database.db.transaction((tx) => insertCourse(tx, course, { createdBy: null }));
    const teeId = (await getCourse(app.database.db, courseId))?.tees[0]?.id as number;
    const me = await golfer();
    for (const [format, ph] of [
      ['stroke_play', 9],
      ['stableford', 9],
      ['match_play', 10],
    ] as const) {
      const start = await golf.startRound(me.headers, {
        course_id: courseId,
        tee_id: teeId,
        date: '2026-06-02',
        format,
        guests: [{ name: 'Nina', handicap_index: 9.3 }],
      });
      expect(start.status, JSON.stringify(start.body)).toBe(201);
      const id = start.body.data.id as string;
      await scoreCard(me.headers, id, card, { position: 2 });
      const nina = (await golf.round(id)).body.data.players[1];
      expect(nina, format).toMatchObject({ handicap_index: 9.3, course_handicap: 10, playing_handicap: ph });
      expect(nina.summary, format).toMatchObject({ gross: 82, net: 82 - ph });
    }
  });

  it('posts with the full Course Handicap: Net Double Bogey counts the stroke the allowance took away', async () => {
    const me = await golfer();
    // Three 92s off the White tee: differential 113/126 × (92 − 70.2) = 19.6; with three scores the
    // index is the lowest less 2.0, so 17.6 → Course Handicap 17.6 × 126/113 − 1.8 = 17.8 → 18.
    for (const date of ['2026-05-01', '2026-05-02', '2026-05-03']) {
      await playRound(app.database.db, {
        userIds: [me.id],
        courseId: links.courseId,
        teeId: links.tees.White,
        date,
        cards: [cardOver(20)],
      });
    }
    const start = await golf.startRound(me.headers, { course_id: links.courseId, tee_id: links.tees.White, date: '2026-05-10' });
    const id = start.body.data.id as string;
    const si = start.body.data.tee.stroke_index as number[];
    // Par everywhere but a 10 on the hardest-to-get-a-stroke hole: the only hole where 18 and 17 strokes differ.
    const last = si.indexOf(18);
    const par = linksPar[last] as number;
    await scoreCard(
      me.headers,
      id,
      linksPar.map((p, i) => (i === last ? 10 : p)),
    );
    const done = await golf.finish(me.headers, id);
    const mine = done.body.data.players[0];
    expect(mine).toMatchObject({ handicap_index: 17.6, course_handicap: 18, playing_handicap: 17 }); // 95% of 17.825 = 16.93
    expect(mine.summary.holes[last]).toMatchObject({ strokes: 10, strokes_received: 0 });
    expect(mine.summary.net).toBe(72 - par + 10 - 17);
    // Net Double Bogey on that hole with 18 strokes: par + 2 + 1.
    expect(mine.posting).toMatchObject({ posted: true, ags: 72 + 3 });
    const [posted] = await app.database.db.select().from(golfPostedScores).where(eq(golfPostedScores.roundId, id));
    expect(posted).toMatchObject({ courseHandicap: 18, ags: 75 });
  });
});
