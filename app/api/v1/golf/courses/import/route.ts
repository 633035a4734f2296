import { importCoursesContract, MAX_COURSE_UPLOAD_MB } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { importCourses } from '@/lib/golf/courses/writes';
import { readUpload } from '@/lib/imports/background';

// Scorecard files are small (a course is a row or 18): imported within the request, not as a job.
export const POST = apiRoute(importCoursesContract, async ({ req, db, user, requestId, ip }) => {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'text/csv') throw new ApiError('bad_request', 'Send the CSV file itself as the body, with Content-Type text/csv.');
  const file = await readUpload(req, MAX_COURSE_UPLOAD_MB * 2 ** 20);
  if (file.length === 0) throw new ApiError('bad_request', 'The body is empty: send the CSV file itself as the body.');
  const report = await importCourses(db, { userId: user.id, requestId, ip }, file.toString('utf8'));
  return { data: report, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
