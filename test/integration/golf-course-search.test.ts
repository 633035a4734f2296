// The course pickers' search: case-insensitive on name, city, state or country, with the user's
// `%` and `_` taken literally, in name order and bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchCourses } from '@/lib/golf/courses/queries';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeCallers } from '../support/callers';
import { golfRoutes } from '../support/golf-routes';

let app: TestApp;
const tag = `Srch${Date.now().toString(36)}`;
const par = Array.from({ length: 9 }, () => 4);

beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  const courses = [
    { name: `${tag} Pines`, location: { city: 'Pinehurst', state: 'NC' } },
    { name: `${tag} Dunes`, location: { city: 'Myrtle Beach', state: 'SC' } },
    { name: `${tag} 100% Links`, location: { city: 'Carnoustie', country: 'Scotland' } },
    { name: `${tag} A_B Club`, location: { city: 'Elsewhere' } },
  ];
  for (const c of courses) {
    const res = await call(golfRoutes['POST /api/v1/golf/courses'], {
      method: 'POST',
      path: '/api/v1/golf/courses',
      headers: callers.sessions.player.headers,
      body: { ...c, holes: 9, tees: [{ name: 'White', par }] },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await app?.close();
});

const names = async (text: string, limit = 30) =>
  (await searchCourses(app.database.db, text, limit)).map((c) => c.course.name).filter((n) => n.startsWith(tag));

describe('searchCourses', () => {
  it('matches name, city, state and country without regard to case', async () => {
    expect(await names(`${tag.toLowerCase()} pines`)).toEqual([`${tag} Pines`]);
    expect(await names('myrtle')).toEqual([`${tag} Dunes`]);
    expect(await names('scotland')).toEqual([`${tag} 100% Links`]);
    expect((await names(tag)).length).toBe(4);
  });
  it('takes % and _ literally', async () => {
    expect(await names(`${tag} 100%`)).toEqual([`${tag} 100% Links`]);
    expect(await names(`${tag} A_B`)).toEqual([`${tag} A_B Club`]);
    expect(await names(`${tag} A%B`)).toEqual([]);
    expect(await names(`${tag} AxB`)).toEqual([]);
  });
  it('answers in name order and honours the limit', async () => {
    const all = await names(tag);
    expect(all).toEqual([...all].sort());
    expect((await searchCourses(app.database.db, tag, 2)).length).toBe(2);
  });
});
