'use server';

// The course pickers' search-as-you-type: GET /api/v1/golf/courses pages by id and has no search,
// so the pickers ask here. The same public data, under a per-caller budget of its own.
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { getCurrentUser } from '@/lib/auth/session';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import { getDb } from '@/lib/db';
import { env } from '@/lib/env';
import { type CourseSearchResult, courseQuery, toCoursePick } from '@/lib/golf/client/course-picker';
import { searchCourses } from '@/lib/golf/courses/queries';
import { toCourseView } from '@/lib/golf/courses/view';

// Enough to pick from on a phone; a longer list means the text should be longer.
const RESULTS = 30;

export async function searchCoursePicks(text: string): Promise<CourseSearchResult> {
  const query = typeof text === 'string' ? courseQuery(text) : null;
  if (!query) return { ok: true, courses: [] };
  const user = await getCurrentUser().catch(() => null);
  const e = env();
  const caller = user
    ? { key: `user:${user.id}`, limit: e.RATE_LIMIT_USER_PER_MIN }
    : { key: `ip:${clientIp(await headers()) ?? 'unknown'}`, limit: e.RATE_LIMIT_ANON_PER_MIN };
  const budget = await hitRateLimit(`golf-course-search:${caller.key}`, caller.limit, 60);
  if (!budget.allowed) return { ok: false, message: `Too many searches: try again in ${budget.resetSeconds} s.` };
  const rows = await searchCourses(await getDb(), query, RESULTS);
  return { ok: true, courses: rows.map((r) => toCoursePick(toCourseView(r))) };
}
