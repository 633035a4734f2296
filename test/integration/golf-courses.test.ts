// Courses: listed with their tees, built and validated through the API, and imported from scorecard
// CSVs all-or-nothing per course (incomplete cards are rejected naming their missing holes).
import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, golfCourses, golfTees } from '../../drizzle/schema';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { golfRoutes } from '../support/golf-routes';

let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
beforeAll(async () => {
  app = await startTestApp();
  callers = await makeCallers(app.database.db);
});
afterAll(async () => {
  await app?.close();
});

const pgaFile = readFileSync('test/fixtures/golf/pga_tour_course_holes.csv', 'utf8');
const openGolfFile = readFileSync('test/fixtures/golf/opengolfapi_us_extract.csv', 'utf8');
const par = [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 3, 4, 5, 4, 4, 3, 4, 5];
const si = [7, 11, 15, 1, 3, 13, 17, 9, 5, 8, 16, 2, 12, 4, 10, 18, 6, 14];

async function post(caller: Caller, body: unknown) {
  const res = await call(golfRoutes['POST /api/v1/golf/courses'], {
    method: 'POST',
    path: '/api/v1/golf/courses',
    headers: caller.headers,
    body,
  });
  return { status: res.status, body: await res.json() };
}
async function upload(caller: Caller, csv: string, type = 'text/csv') {
  const res = await call(golfRoutes['POST /api/v1/golf/courses/import'], {
    method: 'POST',
    path: '/api/v1/golf/courses/import',
    headers: { ...caller.headers, 'content-type': type },
    rawBody: csv,
  });
  return { status: res.status, body: await res.json() };
}
const list = async (query = '') => {
  const res = await call(golfRoutes['GET /api/v1/golf/courses'], { path: `/api/v1/golf/courses${query}` });
  return { res, body: await res.json() };
};
const courseCount = async () => (await app.database.db.select({ n: count() }).from(golfCourses))[0]?.n;

describe('course builder', () => {
  it('adds a rated course with its tees for any golfer, audited', async () => {
    const body = {
      name: 'Builder Park',
      location: { city: 'Raleigh', state: 'NC' },
      holes: 18,
      tees: [
        {
          name: 'Blue',
          par,
          stroke_index: si,
          ratings: { men: { course_rating: 71.4, slope: 128 }, women: { course_rating: 77.0, slope: 136 } },
        },
        { name: 'Red', par, yardage: par.map((p) => p * 80) },
      ],
    };
    const created = await post(callers.sessions.player, body);
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      name: 'Builder Park',
      holes: 18,
      source: null,
      tees: [
        {
          name: 'Blue',
          total_par: 72,
          stroke_index: si,
          ratings: { men: { course_rating: 71.4, slope: 128 }, women: { slope: 136 } },
        },
        { name: 'Red', ratings: { men: null, women: null }, stroke_index: null, yardage: par.map((p) => p * 80) },
      ],
    });
    const [audit] = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(created.body.data.id)));
    expect(audit).toMatchObject({ action: 'golf-course.create', actorId: callers.sessions.player.userId });
    const one = await call(golfRoutes['GET /api/v1/golf/courses/{id}'], { params: { id: String(created.body.data.id) } });
    expect((await one.json()).data.tees).toHaveLength(2);
    expect((await post(callers.sessions.fan, body)).status).toBe(403);
    expect((await post(callers.anonymous, body)).status).toBe(401);
  });

  it('reports every problem by tee and hole, and stores nothing', async () => {
    const before = await courseCount();
    const bad = await post(callers.sessions.coach, {
      name: 'Broken',
      holes: 18,
      tees: [
        {
          name: 'Blue',
          par: par.slice(0, 17),
          stroke_index: [...si.slice(0, 17), 7],
          ratings: { men: { course_rating: 20, slope: 128 } },
        },
        { name: 'Blue', par: par.map((p, i) => (i === 3 ? 8 : p)) },
      ],
    });
    expect(bad.status).toBe(400);
    const messages = bad.body.error.details.map((d: { path: string; message: string }) => `${d.path}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'tees.1.par.3: par must be 3-6',
        'tees.0.par: par has 17 holes, the course has 18',
        'tees.0.stroke_index: stroke index must be a permutation of 1..18: 7 appears twice, 14 is missing',
        'tees.0.ratings.men.course_rating: course rating 20 is outside 45.0-90.0 for 18 holes',
        'tees.1.name: tee name "Blue" is used twice',
      ]),
    );
    expect(
      (await post(callers.sessions.coach, { name: 'X', holes: 18, tees: [{ name: 'A', par }], source: { name: 'x' } })).status,
    ).toBe(400);
    expect(await courseCount()).toBe(before);
  });

  it('saves a course once per Idempotency-Key: retries and racing saves answer the stored course', async () => {
    const key = crypto.randomUUID();
    const body = { name: 'Retry Ridge', holes: 18, tees: [{ name: 'White', par, stroke_index: si }] };
    const withKey = (caller: Caller, k: string) => ({ ...caller, headers: { ...caller.headers, 'idempotency-key': k } });
    const player = callers.sessions.player;
    const before = await courseCount();
    const first = await post(withKey(player, key), body);
    expect(first.status).toBe(201);
    expect(first.body.meta).toEqual({ duplicate: false });
    // The phone lost the answer and saves again, five times at once.
    const retries = await Promise.all(Array.from({ length: 5 }, () => post(withKey(player, key.toUpperCase()), body)));
    expect(retries.map((r) => [r.status, r.body.data.id, r.body.meta.duplicate])).toEqual(
      Array(5).fill([201, first.body.data.id, true]),
    );
    expect(await courseCount()).toBe((before ?? 0) + 1);
    const audits = await app.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(first.body.data.id)));
    // One row records the course; each retry leaves its own row, marked as the replay it was.
    const details = audits.map((a) => a.details as Record<string, unknown>);
    expect(details.filter((d) => d.name === 'Retry Ridge')).toHaveLength(1);
    expect(details.filter((d) => d.duplicate === true)).toHaveLength(5);

    // Racing first saves of one new key store one course too.
    const raced = crypto.randomUUID();
    const race = await Promise.all(
      Array.from({ length: 6 }, () => post(withKey(player, raced), { ...body, name: 'Race Ridge' })),
    );
    expect(new Set(race.map((r) => r.body.data.id)).size).toBe(1);
    expect(race.filter((r) => r.body.meta.duplicate === false)).toHaveLength(1);
    expect(await courseCount()).toBe((before ?? 0) + 2);

    // The same key with another card is refused; another golfer's key space is their own.
    const changed = await post(withKey(player, key), { ...body, name: 'Retry Ridge II' });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('event_id_conflict');
    const coach = await post(withKey(callers.sessions.coach, key), body);
    expect(coach.status).toBe(201);
    expect(coach.body.data.id).not.toBe(first.body.data.id);
    const bad = await post(withKey(player, 'not-a-uuid'), body);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ location: 'header', path: 'idempotency-key', message: 'must be a UUID' }),
    ]);
    expect(await courseCount()).toBe((before ?? 0) + 3);
  });
});

describe('scorecard CSV import', () => {
  it('imports the PGA Tour cards unrated, and a second import changes nothing', async () => {
    const first = await upload(callers.sessions.admin, pgaFile);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ format: 'pga-tour-course-holes', rejected: [] });
    expect(first.body.data.imported.map((c: { name: string; created: boolean }) => [c.name, c.created])).toEqual([
      ['Baltusrol GC', true],
      ['El Camaleon GC', true],
      ['Glen Abbey GC', true],
    ]);
    const tees = await app.database.db.select({ n: count() }).from(golfTees);
    const again = await upload(callers.sessions.admin, pgaFile);
    expect(again.body.data.imported.every((c: { created: boolean }) => !c.created)).toBe(true);
    expect(await app.database.db.select({ n: count() }).from(golfTees)).toEqual(tees);
    const { body } = await list('?per_page=100');
    const baltusrol = body.data.find((c: { name: string }) => c.name === 'Baltusrol GC');
    expect(baltusrol.tees).toEqual([
      expect.objectContaining({ name: 'Tournament', total_par: 70, stroke_index: null, ratings: { men: null, women: null } }),
    ]);
  });

  it('rejects incomplete cards naming the missing holes, and imports the complete ones', async () => {
    const before = await courseCount();
    const { status, body } = await upload(callers.sessions.admin, openGolfFile);
    expect(status).toBe(200);
    expect(body.data.format).toBe('opengolfapi');
    expect(body.data.rejected).toEqual(
      expect.arrayContaining([
        { course: 'Sedgefield Country Club Ross Course', reason: 'missing holes 2, 5, 8, 11-13, 16', row: 5 },
        expect.objectContaining({ course: 'Madisonville Country Club', reason: 'missing holes 1-18' }),
      ]),
    );
    expect(await courseCount()).toBe((before ?? 0) + body.data.imported.length);
    const names = body.data.imported.map((c: { name: string }) => c.name);
    expect(names).toContain('Oak Ridge Golf Course');
    expect(names).not.toContain('Sedgefield Country Club Ross Course');
  });

  it('is for admins, takes CSV only, and refuses files it cannot read without storing anything', async () => {
    const before = await courseCount();
    expect((await upload(callers.sessions.coach, pgaFile)).status).toBe(403);
    expect((await upload(callers.anonymous, pgaFile)).status).toBe(401);
    expect((await upload(callers.sessions.admin, pgaFile, 'application/json')).status).toBe(400);
    expect((await upload(callers.sessions.admin, 'a,b\n1,2\n')).status).toBe(422);
    const broken = await upload(callers.sessions.admin, `${pgaFile.split('\n')[0]}\n"baltusrol-gc,033,715\n`);
    expect(broken.status).toBe(422);
    expect(broken.body.error.message).toMatch(/cannot be read/);
    expect(await courseCount()).toBe(before);
  });

  it('lists courses by id with cursor pagination and an ETag', async () => {
    const first = await list('?per_page=2');
    expect(first.res.headers.get('etag')).toBeTruthy();
    expect(first.body.data).toHaveLength(2);
    const next = await list(`?per_page=2&cursor=${first.body.meta.next_cursor}`);
    expect(next.body.data[0].id).toBeGreaterThan(first.body.data[1].id);
    const missing = await call(golfRoutes['GET /api/v1/golf/courses/{id}'], { params: { id: '999999' } });
    expect(missing.status).toBe(404);
  });
});
