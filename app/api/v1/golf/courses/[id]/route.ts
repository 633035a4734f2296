import { getCourseContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getCourse } from '@/lib/golf/courses/queries';
import { toCourseView } from '@/lib/golf/courses/view';

export const GET = apiRoute(getCourseContract, async ({ db, params }) => {
  const found = await getCourse(db, params.id);
  if (!found) throw new ApiError('not_found', `No course ${params.id}.`);
  return { data: toCourseView(found) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
