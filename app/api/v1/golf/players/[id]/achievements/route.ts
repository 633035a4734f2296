import { achievementsContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { golferAchievements } from '@/lib/golf/analytics/read';
import { findVisibleGolfer, viewerOf } from '@/lib/golf/privacy';

export const GET = apiRoute(achievementsContract, async ({ db, params, query, principal }) => {
  // A private golfer is, to anyone else, no golfer at all.
  if (!(await findVisibleGolfer(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  return { data: await golferAchievements(db, params.id, query.after_seq), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
