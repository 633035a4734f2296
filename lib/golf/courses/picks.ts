// What the course pickers (start a round, the handicap what-if) open with: the first courses, the
// one the golfer played last even when it lies past them, and whether more exist for the search.
import type { Db } from '@/lib/db';
import { type CoursePick, toCoursePick } from '@/lib/golf/client/course-picker';
import { getCourse, listCourses } from './queries';
import { toCourseView } from './view';

const FIRST_COURSES = 100;

export async function firstCoursePicks(db: Db, lastCourseId?: number): Promise<{ courses: CoursePick[]; more: boolean }> {
  const rows = await listCourses(db, { limit: FIRST_COURSES + 1 });
  const first = rows.slice(0, FIRST_COURSES);
  if (lastCourseId !== undefined && !first.some((r) => r.course.id === lastCourseId)) {
    const last = await getCourse(db, lastCourseId);
    if (last) first.unshift(last);
  }
  return { courses: first.map((r) => toCoursePick(toCourseView(r))), more: rows.length > FIRST_COURSES };
}
