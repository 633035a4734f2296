import { finishRoundContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { scheduleGolfAnalytics } from '@/lib/golf/analytics/trigger';
import { roundForWrite } from '@/lib/golf/rounds/access';
import { getRoundView } from '@/lib/golf/rounds/read';
import { finishRound } from '@/lib/golf/rounds/score';

// RoundFinished is the record of this write. Analytics follow after the commit, off the request.
export const POST = apiRoute(finishRoundContract, async ({ db, user, params, requestId, authorize }) => {
  const target = await roundForWrite(db, params.id);
  if (!target) throw new ApiError('not_found', `No round ${params.id}.`);
  await authorize({ kind: 'round', playerIds: target.accountIds, scorerIds: target.scorerIds });
  const { duplicate } = await finishRound(db, { userId: user.id, requestId }, params.id);
  if (!duplicate) scheduleGolfAnalytics(db);
  const view = await getRoundView(db, params.id);
  if (!view) throw new Error('finished round vanished');
  return { data: view, meta: { duplicate }, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
