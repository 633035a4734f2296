import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CourseView } from '../courses/view';
import { fetchCoursePicks } from './course-search';

const pines: CourseView = {
  id: 7,
  name: 'Pines',
  location: { city: 'Pinehurst', state: 'NC', country: null, latitude: null, longitude: null },
  holes: 9,
  source: null,
  tees: [
    {
      id: 70,
      name: 'White',
      par: [4, 4, 4, 4, 4, 4, 4, 4, 4],
      total_par: 36,
      stroke_index: null,
      stroke_index_women: null,
      yardage: null,
      ratings: { men: { course_rating: 35.1, slope: 120 }, women: null },
    },
  ],
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchCoursePicks', () => {
  it('asks the courses list with the text and a page of 30, and answers the picks', async () => {
    const fetch = answer(200, { data: [pines], meta: { per_page: 30, next_cursor: null } });
    const result = await fetchCoursePicks('pine & co');
    expect(fetch).toHaveBeenCalledWith('/api/v1/golf/courses?search=pine%20%26%20co&per_page=30');
    expect(result).toEqual({
      ok: true,
      courses: [
        {
          id: 7,
          name: 'Pines',
          holes: 9,
          place: 'Pinehurst, NC',
          tees: [
            {
              id: 70,
              name: 'White',
              total_par: 36,
              yardage: null,
              ratings: { men: { course_rating: 35.1, slope: 120 }, women: null },
            },
          ],
        },
      ],
    });
  });

  it('says when to try again once over the rate budget', async () => {
    answer(429, { error: { code: 'rate_limited', message: 'Too many requests' } }, { 'retry-after': '12' });
    expect(await fetchCoursePicks('pines')).toEqual({ ok: false, message: 'Too many searches: try again in 12 s.' });
  });

  it("passes on the API's own message for any other refusal", async () => {
    answer(400, { error: { code: 'validation_failed', message: 'The request query is invalid.' } });
    expect(await fetchCoursePicks('pines')).toEqual({ ok: false, message: 'The request query is invalid.' });
  });
});
