import { eventLeaderboardContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { rankBoard } from '@/lib/golf/events/board';
import { boardState, visibleEvent } from '@/lib/golf/events/read';

export const GET = apiRoute(eventLeaderboardContract, async ({ db, params, query, principal }) => {
  const event = await visibleEvent(db, params.id, viewerOf(principal));
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  const board = rankBoard(await boardState(db, event), { throughRound: query.round, by: query.by });
  return { data: board, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
