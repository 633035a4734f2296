// Confirm and decline differ only in the answer: one handler for both routes.
import type { confirmRoundContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { scheduleGolfAnalytics } from '@/lib/golf/analytics/trigger';
import { roundForWrite } from '@/lib/golf/rounds/access';
import { answerRound } from '@/lib/golf/rounds/answer';
import { getRoundView } from '@/lib/golf/rounds/read';

export const answerRoute = (contract: typeof confirmRoundContract, answer: 'confirm' | 'decline') =>
  apiRoute(contract, async ({ db, user, params, requestId, authorize }) => {
    const target = await roundForWrite(db, params.id);
    if (!target) throw new ApiError('not_found', `No round ${params.id}.`);
    await authorize({ kind: 'round', playerIds: target.accountIds });
    // Only the golfer answers for themselves: an admin not in the round is refused by answerRound (422).
    const { duplicate } = await answerRound(db, { userId: user.id, requestId }, params.id, answer);
    if (!duplicate) scheduleGolfAnalytics(db);
    const view = await getRoundView(db, params.id);
    if (!view) throw new Error('answered round vanished');
    return { data: view, meta: { duplicate }, headers: { 'cache-control': 'no-store' } };
  });
