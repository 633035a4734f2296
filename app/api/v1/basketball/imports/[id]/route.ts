import { getBasketballImportContract } from '@/lib/api/contracts/imports';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getImportJob, listRejections } from '@/lib/imports/job';
import { importJobJson } from '@/lib/imports/view';

export const GET = apiRoute(getBasketballImportContract, async ({ db, params }) => {
  const job = await getImportJob(db, params.id);
  if (job?.kind !== 'basketball') throw new ApiError('not_found', 'No basketball import job has that id.');
  const rejections = await listRejections(db, job.id, 100);
  return {
    data: { ...importJobJson(job), rejections: rejections.map((r) => ({ row_number: r.rowNumber, reason: r.reason })) },
    // Admin-only and changing by the second: never stored by a browser or a shared cache.
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
