import { MAX_UPLOAD_MB } from '@/lib/api/contracts/imports';
import { startScheduleImportContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { readUpload } from '@/lib/api/upload';
import { viewerOf } from '@/lib/auth/principal';
import { visibleBasketballLeague } from '@/lib/basketball/schedule/api';
import { startScheduleImport } from '@/lib/basketball/schedule/import';

export const POST = apiRoute(
  startScheduleImportContract,
  async ({ req, db, user, principal, params, query, requestId, ip, log, authorize }) => {
    const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
    await authorize({ kind: 'league', leagueId: league.id });
    const upload = await readUpload(req, ['text/csv'] as const, MAX_UPLOAD_MB);
    const job = await startScheduleImport(db, { userId: user.id, requestId, ip, log }, league, upload, {
      filename: query.filename,
      timeZone: query.time_zone,
    });
    return {
      data: { id: job.id, status: job.status, source: job.source },
      headers: { 'cache-control': 'no-store', location: `/api/v1/leagues/${league.id}/schedule/imports/${job.id}` },
    };
  },
);

export { preflight as OPTIONS } from '@/lib/api/preflight';
