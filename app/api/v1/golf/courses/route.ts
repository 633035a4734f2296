import { z } from 'zod';
import { createCourseContract, listCoursesContract } from '@/lib/api/contracts/golf';
import { idempotencyKey } from '@/lib/api/idempotency';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listCourseViews, searchCourseViews } from '@/lib/golf/courses/list';
import { getCourse } from '@/lib/golf/courses/queries';
import { toCourseView } from '@/lib/golf/courses/view';
import { createCourse } from '@/lib/golf/courses/writes';

// Both orders page by a course id: a search continues after that course in name order.
export const GET = apiRoute(listCoursesContract, async ({ db, query }) => {
  const afterId = decodeCursor(query.cursor, z.tuple([z.number().int()]))?.[0];
  const limit = query.per_page + 1;
  const rows =
    query.search === undefined
      ? await listCourseViews(db, { afterId, limit })
      : await searchCourseViews(db, { text: query.search, afterId, limit });
  const page = pageOf(rows, query.per_page, (c) => [c.id]);
  return { data: page.data, meta: page.meta };
});

export const POST = apiRoute(createCourseContract, async ({ req, db, user, body, requestId, ip }) => {
  const key = idempotencyKey(req.headers);
  const { id, created } = await createCourse(db, { userId: user.id, requestId, ip }, body, key);
  const course = await getCourse(db, id);
  if (!course) throw new Error('created course vanished');
  return {
    data: toCourseView(course),
    // A replay answers as the first save did, saying it is one.
    meta: { duplicate: !created },
    headers: { location: `/api/v1/golf/courses/${id}` },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
