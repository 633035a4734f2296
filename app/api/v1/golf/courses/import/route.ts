import { importCoursesContract, MAX_COURSE_UPLOAD_MB } from '@/lib/api/contracts/golf';
import { apiRoute } from '@/lib/api/route';
import { readUpload } from '@/lib/api/upload';
import { importCourses } from '@/lib/golf/courses/writes';

// Scorecard files are small (a course is a row or 18): imported within the request, not as a job.
export const POST = apiRoute(importCoursesContract, async ({ req, db, user, requestId, ip }) => {
  const { file } = await readUpload(req, ['text/csv'], MAX_COURSE_UPLOAD_MB);
  const report = await importCourses(db, { userId: user.id, requestId, ip }, file.toString('utf8'));
  return { data: report, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
