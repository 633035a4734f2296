// Random input on the golf writes, aimed past validation: real round, course and tee ids, hole
// numbers in and out of range, real and foreign players, bodies the schema accepts and ones it refuses. Never a 5xx; a refused write stores nothing.
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
  app = await startTestApp();
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
// Idempotency ids used again with other values: a 409 from the round's log.
const reusedIds = ['6a1c1c8e-0f7e-4a53-9d7c-3b2f4a5e6d70', '0b9e6c2d-5f14-4e8a-a7c3-9d2e1f0a4b58'];
const someId = () =>
  fc.oneof(
    fc.constant(callers.sessions.player.userId),
    fc.constant(callers.sessions.coach.userId),
    fc.constant(callers.sessions.fan.userId),
    fc.uuid(),
    anyText,
  );
const wildHoleBody = () =>
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
// Bodies that pass the schema, so the round's own rules decide: whose hole (a guest's position, a
// player outside the round), putts and penalties against the strokes, a reused idempotency id.
const plausibleHoleBody = () =>
  fc
    .tuple(
      fc.record(
        {
          strokes: fc.integer({ min: 1, max: 12 }),
          putts: fc.option(fc.integer({ min: 0, max: 4 })),
          penalties: fc.option(fc.integer({ min: 0, max: 2 })),
          fairway: fc.constantFrom('hit', 'left', 'right', 'n/a', null),
          sand: fc.option(fc.boolean()),
          id: fc.oneof({ arbitrary: fc.uuid(), weight: 3 }, { arbitrary: fc.constantFrom(...reusedIds), weight: 1 }),
        },
        { requiredKeys: ['strokes'] },
      ),
      fc.oneof(fc.constant({}), fc.record({ position: fc.integer({ min: 1, max: 4 }) }), fc.record({ player_id: someId() })),
    )
    .map(([hole, whose]) => ({ ...hole, ...whose }));
const holeBody = () => fc.oneof({ arbitrary: plausibleHoleBody(), weight: 3 }, { arbitrary: wildHoleBody(), weight: 1 });
// Mostly a hole that exists, so the call gets past the path's parameters.
const holeNumber = () =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 18 }).map(String), weight: 6 },
    { arbitrary: fc.integer({ min: -1, max: 20 }).map(String), weight: 1 },
    { arbitrary: anyText, weight: 1 },
  );

/** Where a call stopped: access, the path, a header, the body, the round's rules, or nowhere (written). */
function stage(status: number, error?: { code: string; details?: { location?: string }[] }): string {
  if (status < 300) return 'written';
  if (status === 401 || status === 403) return 'access';
  const location = error?.code === 'validation_failed' ? error.details?.[0]?.location : undefined;
  return location ?? 'round';
}

async function check(res: Response, caller: Caller, before: unknown): Promise<string> {
  expect(res.status).toBeLessThan(500);
  if (caller === callers.anonymous) expect(res.status).toBe(401);
  if ([callers.sessions.fan, callers.readKey, callers.writeKey].includes(caller)) expect(res.status).toBe(403);
  if (res.status < 400) return stage(res.status);
  expect(await rowCounts()).toEqual(before);
  const { error } = await res.json();
  expect(error.code).toEqual(expect.any(String));
  return stage(res.status, error);
}

describe('random golf writes', () => {
  it('PUT a hole: never a 5xx, refused writes store nothing', async () => {
    const stages = new Map<string, number>();
    // The golfers of the round (and an admin) most of the time, so the call reaches the round's rules.
    const inRound = [callers.sessions.player, callers.sessions.coach, callers.sessions.admin];
    await fc.assert(
      fc.asyncProperty(
        holeBody(),
        holeNumber(),
        fc.oneof(
          { arbitrary: fc.constant(null).map(() => roundId), weight: 4 },
          { arbitrary: fc.uuid(), weight: 1 },
          { arbitrary: anyText, weight: 1 },
        ),
        fc.oneof({ arbitrary: fc.constantFrom(...inRound), weight: 3 }, { arbitrary: fc.constantFrom(...callerList), weight: 1 }),
        // Mostly no Idempotency-Key: one that differs from the body's id is refused before the round.
        fc.oneof(
          { arbitrary: fc.constant(null), weight: 4 },
          { arbitrary: fc.oneof(fc.uuid(), fc.constantFrom(...reusedIds), fc.stringMatching(/^[\x21-\x7e]{1,40}$/)), weight: 1 },
        ),
        async (body, n, id, caller, key) => {
          const before = await rowCounts();
          const res = await call(golfRoutes['PUT /api/v1/golf/rounds/{id}/holes/{n}'], {
            method: 'PUT',
            path: `/api/v1/golf/rounds/${encodeURIComponent(id)}/holes/${encodeURIComponent(n)}`,
            headers: { ...caller.headers, ...(key === null ? {} : { 'idempotency-key': key }) },
            body,
            params: { id, n },
          });
          const where = await check(res, caller, before);
          stages.set(where, (stages.get(where) ?? 0) + 1);
        },
      ),
      { numRuns: 200 },
    );
    // Each stage was reached, not only the path's parameters (today about 25-55 runs each at these weights).
    for (const where of ['access', 'params', 'body', 'round', 'written']) {
      expect(stages.get(where) ?? 0, `${where}: ${JSON.stringify(Object.fromEntries(stages))}`).toBeGreaterThan(5);
    }
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
