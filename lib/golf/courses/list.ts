// The courses list as the API pages it: by id, cached under the courses tag (every course write
// bumps it); or a search by name, read straight from Postgres (its texts are too many to cache).
import { cached } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { golfTags } from '../tags';
import { listCourses, searchCourses } from './queries';
import { type CourseView, toCourseView } from './view';

const LIST_TTL_SECONDS = 300;

/** Up to `limit` courses after `afterId`, by id. */
export function listCourseViews(db: Db, opts: { afterId?: number; limit: number }): Promise<CourseView[]> {
  return cached(`golf:courses:${opts.afterId ?? 0}:${opts.limit}`, [golfTags.courses], LIST_TTL_SECONDS, async () =>
    (await listCourses(db, opts)).map(toCourseView),
  );
}

/** Up to `limit` courses whose name or place contains `text`, by name, after the course `afterId`. */
export async function searchCourseViews(db: Db, opts: { text: string; afterId?: number; limit: number }): Promise<CourseView[]> {
  return (await searchCourses(db, opts)).map(toCourseView);
}
