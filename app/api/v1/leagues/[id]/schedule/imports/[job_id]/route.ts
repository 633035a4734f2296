import { getScheduleImportContract } from '@/lib/api/contracts/schedule';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { visibleBasketballLeague } from '@/lib/basketball/schedule/api';
import { SCHEDULE_IMPORT_KIND } from '@/lib/basketball/schedule/import';
import { getImportJob, listRejections } from '@/lib/imports/job';
import { importJobJson } from '@/lib/imports/view';

export const GET = apiRoute(getScheduleImportContract, async ({ db, principal, params, authorize }) => {
  const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
  await authorize({ kind: 'league', leagueId: league.id });
  const job = await getImportJob(db, params.job_id);
  if (job?.kind !== SCHEDULE_IMPORT_KIND || job.leagueId !== league.id) {
    throw new ApiError('not_found', 'No schedule import of this league has that id.');
  }
  const rejections = await listRejections(db, job.id, 100);
  return {
    data: { ...importJobJson(job), rejections: rejections.map((r) => ({ row_number: r.rowNumber, reason: r.reason })) },
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
