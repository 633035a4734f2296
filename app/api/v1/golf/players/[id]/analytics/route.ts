import { analyticsContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { golferAnalytics } from '@/lib/golf/analytics/read';
import { findGolfer } from '@/lib/golf/rounds/player-rounds';

export const GET = apiRoute(analyticsContract, async ({ db, params }) => {
  if (!(await findGolfer(db, params.id))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  return { data: await golferAnalytics(db, params.id), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
