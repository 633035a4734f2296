import { leaderboardContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { roundVisibleTo, viewerOf } from '@/lib/golf/privacy';
import { getRoundView } from '@/lib/golf/rounds/read';

export const GET = apiRoute(leaderboardContract, async ({ db, params, principal }) => {
  // A round with a private golfer in it is, to anyone not playing in it, no round at all.
  if (!(await roundVisibleTo(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No round ${params.id}.`);
  const view = await getRoundView(db, params.id);
  if (!view) throw new ApiError('not_found', `No round ${params.id}.`);
  return { data: view.leaderboard, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
