// The course pickers' search, through GET /api/v1/golf/courses?search=: case-insensitive on name,
// city, state or country, with the user's `%` and `_` taken literally, in name order and paged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { golfRoutes } from '../support/golf-routes';

let app: TestApp;
let player: Caller;
const tag = `Srch${Date.now().toString(36)}`;
const par = Array.from({ length: 9 }, () => 4);

beforeAll(async () => {
  // Its own budget, so the RateLimit-Limit header shows the search counts against the caller's API budget.
  app = await startTestApp({ RATE_LIMIT_USER_PER_MIN: '100000' });
  player = (await makeCallers(app.database.db)).sessions.player;
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
      headers: player.headers,
      body: { ...c, holes: 9, tees: [{ name: 'White', par }] },
    });
    expect(res.status).toBe(201);
  }
});
afterAll(async () => {
  await app?.close();
});

const search = async (text: string, query = '') => {
  const res = await call(golfRoutes['GET /api/v1/golf/courses'], {
    path: `/api/v1/golf/courses?search=${encodeURIComponent(text)}${query}`,
    headers: player.headers,
  });
  return { res, body: await res.json() };
};

/** Every page of the answer, followed by its cursors; only this file's courses. */
async function names(text: string, perPage = 30): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | null = null;
  do {
    const { res, body } = await search(text, `&per_page=${perPage}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    expect(body.data.length).toBeLessThanOrEqual(perPage);
    found.push(...body.data.map((c: { name: string }) => c.name));
    cursor = body.meta.next_cursor;
  } while (cursor);
  return found.filter((n) => n.startsWith(tag));
}

describe('GET /api/v1/golf/courses?search=', () => {
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
  it('answers in name order and honours the limit, paging on by cursor without repeats', async () => {
    const all = await names(tag);
    expect(all).toEqual([...all].sort());
    const first = await search(tag, '&per_page=2');
    expect(first.body.data).toHaveLength(2);
    expect(first.body.meta).toMatchObject({ per_page: 2, next_cursor: expect.any(String) });
    expect(await names(tag, 1)).toEqual(all);
    expect(await names(tag, 3)).toEqual(all);
  });
  it('answers each course with its tees, as the plain list does', async () => {
    const { body } = await search(`${tag} Pines`);
    expect(body.data[0]).toMatchObject({ name: `${tag} Pines`, holes: 9, tees: [{ name: 'White', par, total_par: 36 }] });
  });
  it('counts against the caller’s API budget and refuses an empty or overlong text', async () => {
    const { res } = await search(tag);
    expect(res.headers.get('ratelimit-limit')).toBe('100000');
    expect((await search('  ')).res.status).toBe(400);
    expect((await search('x'.repeat(81))).res.status).toBe(400);
    expect((await search(tag, '&cursor=nonsense')).res.status).toBe(400);
  });
});
