// Golf test helpers: the fictional demo course in a test database, and the golf API called through
// its route handlers the way Next calls them.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/db/client';
import { fictionalCourse } from '../../lib/demo/golf';
import { getCourse, insertCourse } from '../../lib/golf/courses/queries';
import { call } from './callers';
import { golfRoutes } from './golf-routes';

export interface TestCourse {
  courseId: number;
  /** Tee ids by name (the fictional course has Black, Blue, White, Red; unrated ones Tournament). */
  tees: Record<'Black' | 'Blue' | 'White' | 'Red' | 'Tournament', number>;
}

const teeIds = (tees: { name: string; id: number }[]) =>
  Object.fromEntries(tees.map((t) => [t.name, t.id])) as TestCourse['tees'];

/** Statline Links (fictional), rated tees Black/Blue/White/Red; a fresh copy each call (a new source id). */
export async function addFictionalCourse(db: Db): Promise<TestCourse> {
  const course = { ...fictionalCourse(), source: { name: 'test', id: randomUUID() } };
  const { id } = await db.transaction((tx) => insertCourse(tx, course, { createdBy: null }));
  const found = await getCourse(db, id);
  return { courseId: id, tees: teeIds(found?.tees ?? []) };
}

/** A course with one unrated, unindexed tee (as the PGA Tour cards are). */
export async function addUnratedCourse(db: Db, par: number[]): Promise<TestCourse> {
  const course = {
    name: `Unrated ${randomUUID().slice(0, 8)}`,
    location: {},
    holes: par.length === 9 ? (9 as const) : (18 as const),
    tees: [{ name: 'Tournament', ratings: {}, par }],
  };
  const { id } = await db.transaction((tx) => insertCourse(tx, course, { createdBy: null }));
  const found = await getCourse(db, id);
  return { courseId: id, tees: teeIds(found?.tees ?? []) };
}

type Headers = Record<string, string>;

async function json(res: Response) {
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

export const golf = {
  startRound: async (headers: Headers, body: Record<string, unknown>) =>
    json(await call(golfRoutes['POST /api/v1/golf/rounds'], { method: 'POST', path: '/api/v1/golf/rounds', headers, body })),
  score: async (headers: Headers, roundId: string, hole: number, body: Record<string, unknown>, extra: Headers = {}) =>
    json(
      await call(golfRoutes['PUT /api/v1/golf/rounds/{id}/holes/{n}'], {
        method: 'PUT',
        path: `/api/v1/golf/rounds/${roundId}/holes/${hole}`,
        headers: { ...headers, ...extra },
        body,
        params: { id: roundId, n: String(hole) },
      }),
    ),
  finish: async (headers: Headers, roundId: string) =>
    json(
      await call(golfRoutes['POST /api/v1/golf/rounds/{id}/finish'], {
        method: 'POST',
        path: `/api/v1/golf/rounds/${roundId}/finish`,
        headers,
        params: { id: roundId },
      }),
    ),
  answer: async (headers: Headers, roundId: string, answer: 'confirm' | 'decline') =>
    json(
      await call(golfRoutes[`POST /api/v1/golf/rounds/{id}/${answer}`], {
        method: 'POST',
        path: `/api/v1/golf/rounds/${roundId}/${answer}`,
        headers,
        params: { id: roundId },
      }),
    ),
  round: async (roundId: string, headers: Headers = {}) =>
    json(
      await call(golfRoutes['GET /api/v1/golf/rounds/{id}'], {
        path: `/api/v1/golf/rounds/${roundId}`,
        headers,
        params: { id: roundId },
      }),
    ),
  leaderboard: async (roundId: string) =>
    json(
      await call(golfRoutes['GET /api/v1/golf/rounds/{id}/leaderboard'], {
        path: `/api/v1/golf/rounds/${roundId}/leaderboard`,
        params: { id: roundId },
      }),
    ),
  player: async (
    what: 'rounds' | 'rounds.csv' | 'handicap' | 'analytics' | 'achievements',
    userId: string,
    query = '',
  ): Promise<Response> =>
    call(golfRoutes[`GET /api/v1/golf/players/{id}/${what}`], {
      path: `/api/v1/golf/players/${userId}/${what}${query ? `?${query}` : ''}`,
      params: { id: userId },
    }),
};

/** Plays `strokes` (hole 1 first) for one position via the API; returns the last response. */
export async function scoreCard(
  headers: Headers,
  roundId: string,
  strokes: readonly number[],
  who: Record<string, unknown> = {},
) {
  let last: Awaited<ReturnType<typeof golf.score>> | undefined;
  for (const [i, s] of strokes.entries()) {
    last = await golf.score(headers, roundId, i + 1, { strokes: s, ...who });
    if (last.status !== 200) throw new Error(`hole ${i + 1}: ${last.status} ${JSON.stringify(last.body)}`);
  }
  return last;
}
