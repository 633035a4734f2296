import { leaderboardContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getRoundView } from '@/lib/golf/rounds/read';

export const GET = apiRoute(leaderboardContract, async ({ db, params }) => {
  const view = await getRoundView(db, params.id);
  if (!view) throw new ApiError('not_found', `No round ${params.id}.`);
  return { data: view.leaderboard, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
