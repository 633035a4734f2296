import { boxscoreContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { loadLiveGame } from '@/lib/basketball/scoring/read';

export const GET = apiRoute(boxscoreContract, async ({ db, params }) => {
  const live = await loadLiveGame(db, params.id);
  if (!live) throw new ApiError('not_found', `No live game ${params.id}.`);
  return { data: live.boxscore(), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
