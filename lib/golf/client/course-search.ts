// The course pickers' search-as-you-type asks the public courses list (GET /api/v1/golf/courses
// ?search=), under the caller's API rate budget like any other request.
import { apiErrorMessage } from '@/lib/offline/api-error';
import type { CourseView } from '../courses/view';
import { type CourseSearchResult, toCoursePick } from './course-picker';

// Enough to pick from on a phone; a longer list means the text should be longer.
const RESULTS = 30;

export async function fetchCoursePicks(text: string): Promise<CourseSearchResult> {
  const res = await fetch(`/api/v1/golf/courses?search=${encodeURIComponent(text)}&per_page=${RESULTS}`);
  const body = (await res.json().catch(() => null)) as { data?: CourseView[] } | null;
  if (res.status === 429) {
    return { ok: false, message: `Too many searches: try again in ${res.headers.get('retry-after') ?? 'a few'} s.` };
  }
  if (!res.ok || !Array.isArray(body?.data)) {
    return { ok: false, message: apiErrorMessage(body) ?? `Could not search all courses (HTTP ${res.status}).` };
  }
  return { ok: true, courses: body.data.map(toCoursePick) };
}
