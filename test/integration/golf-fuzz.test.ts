// Random input on the golf writes, aimed past validation: real round, course and tee ids, hole
// numbers in and out of range, real and foreign players. Never a 5xx; a refused write stores nothing.
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events, golfCourses, golfHoleScores, golfPostedScores, golfRoundPlayers, golfRounds } from '../../drizzle/schema';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { scoreHole } from '../../lib/golf/rounds/score';
import { startRound } from '../../lib/golf/rounds/start';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { addFictionalCourse, type TestCourse } from '../support/golf-api';
import { golfRoutes } from '../support/golf-routes';

let app: TestApp;
let callerList: Caller[];
let callers: Awaited<ReturnType<typeof makeCallers>>;
let links: TestCourse;
let roundId: string;
beforeAll(async () => {
  app = await startTestApp({
    RATE_LIMIT_USER_PER_MIN: '1000000',
    RATE_LIMIT_ANON_PER_MIN: '1000000',
    RATE_LIMIT_API_KEY_PER_MIN: '1000000',
  });
  callers = await makeCallers(app.database.db);
  callerList = [callers.anonymous, ...Object.values(callers.sessions), callers.readKey, callers.writeKey];
  links = await addFictionalCourse(app.database.db);
  const player = { userId: callers.sessions.player.userId ?? '' };
  ({ roundId } = await startRound(app.database.db, player, {
    course_id: links.courseId,
    tee_id: links.tees.White as number,
    date: '2026-11-21',
    format: 'stroke_play',
    caller_plays: true,
    players: [{ user_id: callers.sessions.coach.userId ?? '' }],
    guests: [{ name: 'Guest' }],
  }));
  await scoreHole(app.database.db, player, roundId, 1, { hole: 1, strokes: 4 });
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

async function rowCounts() {
  const db = app.database.db;
  const tables = { events, golfCourses, golfRounds, golfRoundPlayers, golfHoleScores, golfPostedScores };
  const counts = await Promise.all(Object.values(tables).map((t) => db.select({ n: count() }).from(t)));
  return counts.map((c) => c[0]?.n);
}

const anyText = fc.string({ unit: 'binary', maxLength: 20 });
const someId = () =>
  fc.oneof(
    fc.constant(callers.sessions.player.userId),
    fc.constant(callers.sessions.coach.userId),
    fc.constant(callers.sessions.fan.userId),
    fc.uuid(),
    anyText,
  );
const holeBody = () =>
  fc.record(
    {
      strokes: fc.oneof(fc.integer({ min: -1, max: 31 }), fc.constant(4), anyText),
      putts: fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant(null), fc.constant(2)),
      penalties: fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant(0)),
      fairway: fc.constantFrom('hit', 'left', 'right', 'n/a', 'rough', null),
      sand: fc.oneof(fc.boolean(), fc.constant(null), anyText),
      position: fc.integer({ min: -1, max: 6 }),
      player_id: someId(),
      id: fc.oneof(fc.uuid(), anyText),
    },
    { requiredKeys: [] },
  );

async function check(res: Response, caller: Caller, before: unknown) {
  expect(res.status).toBeLessThan(500);
  if (caller === callers.anonymous) expect(res.status).toBe(401);
  if ([callers.sessions.fan, callers.readKey, callers.writeKey].includes(caller)) expect(res.status).toBe(403);
  if (res.status >= 400) {
    expect(await rowCounts()).toEqual(before);
    expect((await res.json()).error.code).toEqual(expect.any(String));
  }
}

describe('random golf writes', () => {
  it('PUT a hole: never a 5xx, refused writes store nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        holeBody(),
        fc.oneof(fc.integer({ min: -1, max: 20 }).map(String), anyText),
        fc.oneof(
          fc.constant(null).map(() => roundId),
          fc.uuid(),
          anyText,
        ),
        fc.nat(callerList.length - 1),
        fc.option(fc.oneof(fc.uuid(), fc.stringMatching(/^[\x21-\x7e]{1,40}$/))),
        async (body, n, id, who, key) => {
          const caller = callerList[who] as Caller;
          const before = await rowCounts();
          const res = await call(golfRoutes['PUT /api/v1/golf/rounds/{id}/holes/{n}'], {
            method: 'PUT',
            path: `/api/v1/golf/rounds/${encodeURIComponent(id)}/holes/${encodeURIComponent(n)}`,
            headers: { ...caller.headers, ...(key === null ? {} : { 'idempotency-key': key }) },
            body,
            params: { id, n },
          });
          await check(res, caller, before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('POST a round: never a 5xx, refused starts store nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            course_id: fc.oneof(fc.constant(links.courseId), fc.integer({ min: -1, max: 1000 })),
            tee_id: fc.oneof(...Object.values(links.tees).map((t) => fc.constant(t)), fc.integer({ min: -1, max: 1000 })),
            date: fc.constantFrom('2026-11-21', '2026-02-30', 'today'),
            caller_plays: fc.boolean(),
            player_ids: fc.array(someId(), { maxLength: 5 }),
            guests: fc.array(
              fc.record({ name: anyText, handicap_index: fc.double({ min: -20, max: 60 }) }, { requiredKeys: ['name'] }),
              {
                maxLength: 5,
              },
            ),
            format: fc.constantFrom('stroke_play', 'stableford', 'skins'),
            gender: fc.constantFrom('men', 'women', 'x'),
            id: fc.oneof(
              fc.uuid(),
              fc.constant(null).map(() => roundId),
            ),
          },
          { requiredKeys: ['course_id', 'tee_id', 'date'] },
        ),
        fc.nat(callerList.length - 1),
        async (body, who) => {
          const caller = callerList[who] as Caller;
          const before = await rowCounts();
          const res = await call(golfRoutes['POST /api/v1/golf/rounds'], {
            method: 'POST',
            path: '/api/v1/golf/rounds',
            headers: caller.headers,
            body,
          });
          await check(res, caller, before);
        },
      ),
      { numRuns: 150 },
    );
  });
});
