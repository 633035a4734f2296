import { basketballImportRejectionsCsvContract } from '@/lib/api/contracts/imports';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { toCsv } from '@/lib/csv';
import { getImportJob, listRejections } from '@/lib/imports/job';

export const GET = apiRoute(basketballImportRejectionsCsvContract, async ({ db, params }) => {
  const job = await getImportJob(db, params.id);
  if (job?.kind !== 'basketball') throw new ApiError('not_found', 'No basketball import job has that id.');
  const rejections = await listRejections(db, job.id, 1_000_000);
  const csv = toCsv(
    ['row_number', 'reason', 'raw'],
    rejections.map((r) => [r.rowNumber, r.reason, r.raw]),
  );
  return {
    data: null,
    raw: new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="rejected-rows-${job.id}.csv"`,
        'cache-control': 'no-store',
      },
    }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
