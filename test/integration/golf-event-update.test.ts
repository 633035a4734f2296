// Changing a golf event (PATCH): only its organiser; a cut only before the last round; the allowance
// only until the first group fixes its players' handicaps; and a cut change reaches live boards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../lib/auth/api-keys';
import { golfAnalyticsSettled } from '../../lib/golf/analytics/trigger';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeUser } from '../support/callers';
import { addFictionalCourse, golf, type TestCourse } from '../support/golf-api';
import { golfRoutes } from '../support/golf-routes';
import { openStream } from '../support/sse-client';

let app: TestApp;
let course: TestCourse;
let organiser: Record<string, string>;
let stranger: Record<string, string>;

async function keyOf(): Promise<Record<string, string>> {
  const u = await makeUser(app.database.db, 'player');
  return { authorization: `Bearer ${(await createApiKey(app.database.db, u.id, 'k', 'write')).key}` };
}

async function api(key: keyof typeof golfRoutes, id: number, headers?: Record<string, string>, body?: unknown) {
  const [method, template] = key.split(' ') as [string, string];
  const res = await call(golfRoutes[key], {
    method,
    path: template.replace('{id}', String(id)),
    headers,
    body,
    params: { id: String(id) },
  });
  return { status: res.status, body: await res.json() };
}

async function newEvent(rounds: number): Promise<number> {
  const res = await call(golfRoutes['POST /api/v1/golf/events'], {
    method: 'POST',
    path: '/api/v1/golf/events',
    headers: organiser,
    body: { name: 'Spring Meeting', course_id: course.courseId, tee_id: course.tees.White, start_date: '2026-11-21', rounds },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { data: { id: number } }).data.id;
}

beforeAll(async () => {
  app = await startTestApp();
  course = await addFictionalCourse(app.database.db);
  [organiser, stranger] = [await keyOf(), await keyOf()];
});
afterAll(async () => {
  await golfAnalyticsSettled();
  await app?.close();
});

describe('changing a golf event', () => {
  it('lets its organiser rename it, move it and set its cut, and refuses others and bad changes', async () => {
    const id = await newEvent(2);
    const patch = 'PATCH /api/v1/golf/events/{id}' as const;
    expect((await api(patch, id, stranger, { name: 'Mine now' })).status).toBe(403);
    expect((await api(patch, id, undefined, { name: 'Mine now' })).status).toBe(401);
    expect((await api(patch, 999_999, organiser, { name: 'Nowhere' })).status).toBe(404);
    expect((await api(patch, id, organiser, {})).status).toBe(400);
    expect((await api(patch, id, organiser, { course_id: 1 })).status).toBe(400);
    expect((await api(patch, id, organiser, { allowance: 1.5 })).status).toBe(400);
    const lastRoundCut = await api(patch, id, organiser, { cut: { after_round: 2, top: 10 } });
    expect(lastRoundCut.status).toBe(422);
    expect(lastRoundCut.body.error.message).toMatch(/cut/);

    const changed = await api(patch, id, organiser, {
      name: 'Spring Meeting (36 holes)',
      start_date: '2026-11-22',
      allowance: 0.85,
      cut: { after_round: 1, top: 10 },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.data).toMatchObject({
      name: 'Spring Meeting (36 holes)',
      start_date: '2026-11-22',
      allowance: 0.85,
      cut: { after_round: 1, top: 10 },
    });
    // Fields not sent stay; `cut: null` removes the cut.
    const uncut = await api(patch, id, organiser, { cut: null });
    expect(uncut.body.data).toMatchObject({ name: 'Spring Meeting (36 holes)', allowance: 0.85, cut: null });
    expect((await api('GET /api/v1/golf/events/{id}', id)).body.data.cut).toBeNull();
  });

  it('fixes the allowance once a group is made, and tells a live board of a new cut', async () => {
    const id = await newEvent(2);
    const entries = (
      await api('POST /api/v1/golf/events/{id}/entries', id, organiser, {
        entrants: [
          { name: 'Ada', handicap_index: 8 },
          { name: 'Bo', handicap_index: 18 },
        ],
      })
    ).body.data as { id: number }[];
    const group = await api('POST /api/v1/golf/events/{id}/groups', id, organiser, {
      round_number: 1,
      entry_ids: entries.map((e) => e.id),
    });
    expect(group.status).toBe(201);
    const roundId = group.body.data.round.id as string;
    const fixed = await api('PATCH /api/v1/golf/events/{id}', id, organiser, { allowance: 0.8 });
    expect(fixed.status).toBe(422);
    expect(fixed.body.error.message).toMatch(/allowance/);
    for (let hole = 1; hole <= 18; hole++)
      for (const position of [1, 2])
        expect((await golf.score(organiser, roundId, hole, { position, strokes: position === 1 ? 4 : 6 })).status).toBe(200);

    const head = (await app.database.db.execute(
      `select max(seq)::int as s from events where stream = 'golf-event:${id}'`,
    )) as unknown;
    const seq = ((head as { rows?: { s: number }[] }).rows ?? (head as { s: number }[]))[0]?.s ?? 0;
    const stream = await openStream(
      golfRoutes['GET /api/v1/golf/events/{id}/leaderboard/stream'],
      `/api/v1/golf/events/${id}/leaderboard/stream?after_seq=${seq}`,
      String(id),
    );
    try {
      expect((await api('PATCH /api/v1/golf/events/{id}', id, organiser, { cut: { after_round: 1, top: 1 } })).status).toBe(200);
      const frames = await stream.waitFor(1, 10_000);
      const last = frames.at(-1)?.json;
      expect(last.type).toBe('golf_event_updated');
      expect(last.leaderboard.cut).toMatchObject({ after_round: 1, top: 1, made: 1 });
      expect(last.leaderboard.lines.map((l: { name: string; position: string }) => [l.name, l.position])).toEqual([
        ['Ada', '1'],
        ['Bo', 'CUT'],
      ]);
    } finally {
      await stream.close();
    }
  }, 60_000);
});
