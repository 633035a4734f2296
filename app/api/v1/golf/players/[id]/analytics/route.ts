import { analyticsContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { golferAnalytics } from '@/lib/golf/analytics/read';
import { findVisibleGolfer, viewerOf } from '@/lib/golf/privacy';

export const GET = apiRoute(analyticsContract, async ({ db, params, principal }) => {
  // A private golfer is, to anyone else, no golfer at all.
  if (!(await findVisibleGolfer(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  return { data: await golferAnalytics(db, params.id), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
