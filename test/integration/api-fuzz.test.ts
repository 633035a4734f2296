// Random bodies, content types, queries and path params on every write endpoint: never a 5xx, a
// refused request never writes a row, and a caller whose role lacks the permission is always refused.
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeys,
  auditLog,
  bbGames,
  bbPlayers,
  bbTeams,
  events,
  golfCourses,
  golfHoleScores,
  golfPostedScores,
  golfRoundPlayers,
  golfRounds,
  golfTees,
  importJobs,
  users,
} from '../../drizzle/schema';
import { allContracts } from '../../lib/api/contracts';
import { can } from '../../lib/auth/permissions';
import { type Role, roles } from '../../lib/auth/roles';
import { liveEventTypes } from '../../lib/basketball/live/events';
import { backgroundImportsSettled } from '../../lib/imports/background';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { makeLiveGame } from '../support/live-game';
import { replaysAll } from '../support/replay-share';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let callerList: Caller[];
beforeAll(async () => {
  app = await startTestApp();
  const c = await makeCallers(app.database.db);
  callerList = [c.anonymous, ...Object.values(c.sessions), c.readKey, c.writeKey];
  // A real game, so event bodies reach the rules of the game and not just the 404.
  live = await makeLiveGame(app.database.db, {
    homeCoachId: c.sessions.coach.userId ?? '',
    visitorCoachId: c.sessions.admin.userId ?? '',
  });
});
let live: Awaited<ReturnType<typeof makeLiveGame>>;
afterAll(async () => {
  // An admin's accepted upload keeps importing after its 202; let it end before the database does.
  await backgroundImportsSettled();
  await app?.close();
});

// Callers are named by role; both API keys belong to a fan (see makeCallers).
const roleOf = (c: Caller): Role | null =>
  (roles as readonly string[]).includes(c.name) ? (c.name as Role) : c.name.endsWith('key') ? 'fan' : null;

async function rowCounts() {
  const db = app.database.db;
  // Import jobs are created before the 202 and only updated afterwards, so their count is stable
  // here even while earlier accepted uploads are still importing in the background.
  const tables = {
    users,
    apiKeys,
    auditLog,
    importJobs,
    bbTeams,
    bbPlayers,
    bbGames,
    events,
    golfCourses,
    golfTees,
    golfRounds,
    golfRoundPlayers,
    golfHoleScores,
    golfPostedScores,
  };
  const counts = await Promise.all(Object.values(tables).map((t) => db.select({ n: count() }).from(t)));
  return Object.fromEntries(Object.keys(tables).map((name, i) => [name, counts[i]?.[0]?.n]));
}

// 'binary' strings include NUL and lone surrogates, which Postgres refuses to store.
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  anyText,
  fc.record({ name: anyText, scope: fc.constantFrom('read', 'write') }).map((v) => JSON.stringify(v)),
  fc.record({ email: fc.constantFrom('fuzz@example.com'), name: anyText, password: anyText }).map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', '[]', 'null', '{"name":1,"scope":"admin"}', '{"email":"a@b.co","name":"","password":""}'),
  fc.record({ name: fc.string(), scope: fc.string(), email: fc.string(), password: fc.string() }).map((v) => JSON.stringify(v)),
  // Live plays: real event types over random and real-looking ids.
  fc
    .record(
      {
        id: fc.oneof(fc.uuid(), anyText),
        type: fc.constantFrom(...liveEventTypes, 'dunk'),
        team_id: fc.oneof(fc.integer(), fc.constant(1), anyText),
        player_id: fc.oneof(fc.integer({ min: -1, max: 40 }), fc.constant(null)),
        points: fc.constantFrom(2, 3, 4),
        made: fc.boolean(),
        period: fc.integer({ min: -1, max: 30 }),
        seq: fc.integer({ min: -1, max: 5 }),
        expectedSeq: fc.integer({ min: -1, max: 3 }),
      },
      { requiredKeys: ['id', 'type'] },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      name: anyText,
      abbreviation: anyText,
      first_name: anyText,
      last_name: anyText,
      team_id: fc.integer(),
      date: anyText,
    })
    .map((v) => JSON.stringify(v)),
  // Golf: courses from the builder, rounds, hole scores (real-looking and random values).
  fc
    .record(
      {
        name: anyText,
        holes: fc.constantFrom(9, 18, 27, '18'),
        tees: fc.array(
          fc.record({
            name: anyText,
            par: fc.oneof(fc.array(fc.integer({ min: 2, max: 7 }), { maxLength: 19 }), fc.constant([4, 4, 3, 5, 4, 4, 3, 4, 5])),
            stroke_index: fc.array(fc.integer({ min: -1, max: 19 }), { maxLength: 19 }),
            ratings: fc.record({ men: fc.record({ course_rating: fc.double({ noNaN: true }), slope: fc.integer() }) }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: ['name'] },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        course_id: fc.oneof(fc.integer({ min: -1, max: 5 }), anyText),
        tee_id: fc.oneof(fc.integer({ min: -1, max: 5 }), anyText),
        date: fc.constantFrom('2026-11-21', '2026-02-30', ''),
        player_ids: fc.array(fc.oneof(fc.uuid(), anyText), { maxLength: 5 }),
        guests: fc.array(fc.record({ name: anyText, handicap_index: fc.double() }), { maxLength: 5 }),
        caller_plays: fc.boolean(),
        id: fc.oneof(fc.uuid(), anyText),
        strokes: fc.integer({ min: -1, max: 40 }),
        putts: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constant(null)),
        penalties: fc.integer({ min: -1, max: 12 }),
        fairway: fc.constantFrom('hit', 'left', 'right', 'n/a', 'bunker'),
        sand: fc.oneof(fc.boolean(), anyText),
        position: fc.integer({ min: -1, max: 5 }),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  // Course scorecard uploads: a PGA Tour header over random lines.
  fc
    .array(anyText, { maxLength: 3 })
    .map((lines) =>
      [
        'source_folder,tournament_permNum,course_number,course_name,course_par_stated,course_yards_stated,hole,par,yards',
        ...lines,
      ].join('\n'),
    ),
  // File uploads: a team-log header over random lines.
  fc
    .array(anyText, { maxLength: 3 })
    .map((lines) => ['SEASON_ID,TEAM_ID,TEAM_ABBREVIATION,GAME_ID,GAME_DATE,MATCHUP,WL,PTS', ...lines].join('\n')),
);
const contentType = fc.constantFrom('application/json', 'text/csv', 'text/csv; charset=utf-8', 'text/plain', '');
// Strict query schemas refuse almost any random key, so empty and known keys come up often enough
// for the body to be reached at all.
const queryString = fc.oneof(
  fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constant('__proto__[]')), anyText), { maxLength: 4 }),
  fc.constant([] as [string, string][]),
  fc.tuple(fc.constant('filename'), anyText).map((pair) => [pair]),
);
const pathParam = fc.oneof(
  anyText,
  fc.uuid(),
  fc.constantFrom('', '0', '-1', "1'; drop table users;--", '%00', '../../etc'),
  fc.constant(null).map(() => String(live.gameId)),
);

describe('random input on write endpoints', () => {
  const writes = allContracts.filter((c) => c.method !== 'GET');
  for (const contract of writes) {
    it(`${contract.method} ${contract.path} never answers 5xx and never writes when it refuses`, async () => {
      const handler = routeHandlers[`${contract.method} ${contract.path}`];
      if (!handler) throw new Error('no handler');
      await fc.assert(
        fc.asyncProperty(
          jsonish,
          contentType,
          queryString,
          pathParam,
          fc.nat(callerList.length - 1),
          async (body, type, query, id, who) => {
            const before = await rowCounts();
            const qs = new URLSearchParams(query).toString();
            const caller = callerList[who] as Caller;
            const cookieNoise: Record<string, string> = who % 3 === 0 ? { cookie: 'next-auth.session-token=%E0%A4%A' } : {};
            const res = await call(handler, {
              method: contract.method,
              path: `${contract.path.replace('{id}', encodeURIComponent(id))}?${qs}`,
              headers: { 'content-type': type, ...cookieNoise, ...caller.headers },
              rawBody: body,
              params: { id },
            });
            expect(res.status).toBeLessThan(500);
            const role = roleOf(caller);
            if (contract.permission && (role ? !can(role, contract.permission) : contract.auth === 'user')) {
              expect([401, 403]).toContain(res.status);
            }
            // Bodies here are valid only by chance; whatever was written must then be a 2xx.
            if (res.status >= 400) {
              expect(await rowCounts()).toEqual(before);
              expect((await res.json()).error.code).toEqual(expect.any(String));
            }
          },
        ),
        // 75 random requests per endpoint on Postgres, 30 on the embedded pass (new seeds each run):
        // the suite runs twice in CI, against 50-odd write endpoints, within the CI's time budget.
        { numRuns: replaysAll() ? 75 : 30 },
      );
    });
  }
});
