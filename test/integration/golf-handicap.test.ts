// The handicap endpoint against the seeded demo golfer (24 rounds on the fictional rated course, one
// on an unrated tee): the index and its audit agree with the WHS rules applied to the stored cards;
// the what-if; and the demo seed is idempotent and leaves analytics ready.
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, golfHoleScores, golfRoundPlayers, golfRounds, users } from '../../drizzle/schema';
import { runSeeds } from '../../lib/demo';
import { DEMO_GOLFER_EMAIL, fictionalCourse } from '../../lib/demo/golf';
import { computeHandicapIndex, courseHandicap, type PostedScore, scoreForPosting } from '../../lib/golf/handicap';
import { startTestApp, type TestApp } from '../support/app';
import { golf } from '../support/golf-api';
import { analyticsCaughtUp } from '../support/golf-rounds';

let app: TestApp;
let golferId: string;
beforeAll(async () => {
  app = await startTestApp();
  await runSeeds(app.database, { only: ['demo-accounts', 'golf-demo'] });
  // The seed runs the consumer once; on a busy shared Postgres one run may stop short of the end.
  await analyticsCaughtUp(app.database.db);
  const [row] = await app.database.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_GOLFER_EMAIL));
  golferId = row?.id ?? '';
});
afterAll(async () => {
  await app?.close();
});

const handicap = async (query = '') => {
  const res = await golf.player('handicap', golferId, query);
  return { status: res.status, body: await res.json() };
};

/** The demo golfer's finished rounds on the rated course, oldest first, straight from the tables. */
async function storedCards() {
  const db = app.database.db;
  const rounds = await db
    .select({ id: golfRounds.id, date: golfRounds.date, position: golfRoundPlayers.position })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(
      sql`${golfRoundPlayers.userId} = ${golferId} and ${golfRounds.status} = 'finished' and ${golfRoundPlayers.postingNote} is null`,
    )
    .orderBy(golfRounds.date);
  const out = [];
  for (const r of rounds) {
    const holes = await db
      .select({ hole: golfHoleScores.hole, strokes: golfHoleScores.strokes })
      .from(golfHoleScores)
      .where(sql`${golfHoleScores.roundId} = ${r.id} and ${golfHoleScores.position} = ${r.position}`);
    out.push({ ...r, holes });
  }
  return out;
}

describe('handicap of the seeded demo golfer', () => {
  it('has an index from 24 posted scores, the best 8 of the last 20 counted, and says why one round was not posted', async () => {
    const { status, body } = await handicap();
    expect(status).toBe(200);
    const h = body.data;
    expect(h.record).toHaveLength(24);
    expect(h.record.filter((r: { in_window: boolean }) => r.in_window)).toHaveLength(20);
    const counted = h.record.filter((r: { counted: boolean }) => r.counted);
    expect(counted).toHaveLength(8);
    expect(h.calculation).toMatchObject({ count: 8, adjustment: 0 });
    // The counted ones are the eight lowest of the window.
    const window = h.record
      .filter((r: { in_window: boolean }) => r.in_window)
      .map((r: { adjusted_differential: number }) => r.adjusted_differential);
    const eighth = [...window].sort((x, y) => x - y)[7];
    for (const r of counted) expect(r.adjusted_differential).toBeLessThanOrEqual(eighth);
    expect(h.record[0]).toMatchObject({
      course: 'Statline Links (fictional)',
      tee: 'White',
      course_rating: 70.2,
      slope: 126,
      index_before: null,
    });
    expect(h.not_posted).toEqual([
      expect.objectContaining({
        course: 'Sedgefield Country Club',
        reason: expect.stringMatching(/Tournament tee .* no published men's course rating/),
      }),
    ]);

    // The same rules applied here to the stored cards, round by round, give the same index.
    const white = fictionalCourse().tees.find((t) => t.name === 'White');
    if (!white) throw new Error('no White tee');
    const posted: PostedScore[] = [];
    for (const card of await storedCards()) {
      const before = computeHandicapIndex(posted.filter((p) => p.date < card.date));
      posted.push(
        scoreForPosting({
          date: card.date,
          course: 'Statline Links (fictional)',
          tee: white,
          holes: card.holes,
          handicapIndex: before,
        }).score,
      );
    }
    expect(posted).toHaveLength(24);
    expect(h.index).toBe(computeHandicapIndex(posted));
    expect(h.index).toBeGreaterThan(5);
    expect(h.index).toBeLessThan(25);
  });

  it('answers what one more score would do, with the Course Handicap on that tee', async () => {
    const { body } = await handicap();
    const courses = await (await golf.player('rounds', golferId, 'per_page=1')).json();
    const teeId = courses.data[0].tee.id; // the group round in progress is on the Blue tee
    const low = await handicap(`what_if_score=72&tee_id=${teeId}`);
    expect(low.status).toBe(200);
    const w = low.body.data.what_if;
    expect(w).toMatchObject({ score: 72, tee: { name: 'Blue' }, current: body.data.index });
    expect(w.next).toBeLessThan(w.current);
    expect(w.change).toBeCloseTo(w.next - w.current, 5);
    expect(w.course_handicap).toBe(courseHandicap({ handicapIndex: w.current, slope: 131, courseRating: 72.1, par: 72 }));
    // A score above the counted ones leaves the index where it is.
    expect((await handicap(`what_if_score=130&tee_id=${teeId}`)).body.data.what_if.change).toBeGreaterThanOrEqual(0);
    const noTee = await handicap('what_if_score=80');
    expect(noTee.status).toBe(400);
    expect(noTee.body.error.details).toEqual([{ location: 'query', path: 'tee_id', message: 'is required with what_if_score' }]);
  });

  it('refuses a what-if on an unrated tee (422) and an unknown tee (404)', async () => {
    const rounds = await (await golf.player('rounds', golferId, 'per_page=100')).json();
    const sedgefield = rounds.data.find((r: { course: { name: string } }) => r.course.name === 'Sedgefield Country Club');
    expect((await handicap(`what_if_score=80&tee_id=${sedgefield.tee.id}`)).status).toBe(422);
    expect((await handicap('what_if_score=80&tee_id=999999')).status).toBe(404);
    expect((await handicap('what_if_score=80&tee_id=1&gender=other')).status).toBe(400);
  });

  it('has analytics and achievements ready at once, and seeding again changes nothing', async () => {
    const analytics = (await (await golf.player('analytics', golferId)).json()).data;
    expect(analytics).toMatchObject({ rounds: 25, complete_rounds: 25 });
    expect(analytics.recent.rounds).toHaveLength(20);
    expect(analytics.courses.map((c: { course: { name: string } }) => c.course.name).sort()).toEqual([
      'Sedgefield Country Club',
      'Statline Links (fictional)',
    ]);
    const achievements = (await (await golf.player('achievements', golferId)).json()).data;
    expect(achievements.length).toBeGreaterThan(3);
    expect(achievements[0].kind).toBe('broke_100');

    const eventCount = async () => (await app.database.db.select({ n: count() }).from(events))[0]?.n;
    const before = await eventCount();
    const reports = await runSeeds(app.database, { only: ['golf-demo'] });
    expect(reports[0]?.rows).toBe(0);
    expect(await eventCount()).toBe(before);
    const rounds = (await (await golf.player('rounds', golferId, 'per_page=100')).json()).data;
    expect(rounds).toHaveLength(26);
    expect(rounds.filter((r: { status: string }) => r.status === 'in_progress')).toHaveLength(1);
  });
});
