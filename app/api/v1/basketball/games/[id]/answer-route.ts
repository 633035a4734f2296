// Accept and decline differ only in the answer: one handler for both routes.
import type { acceptGameContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getGame } from '@/lib/basketball/api-queries';
import { toGame } from '@/lib/basketball/api-views';
import { findGame } from '@/lib/basketball/scoring/append';
import { answerGame } from '@/lib/basketball/scoring/confirmation';

export const answerRoute = (contract: typeof acceptGameContract, answer: 'accepted' | 'declined') =>
  apiRoute(contract, async ({ db, user, params, requestId, ip, authorize }) => {
    const game = await findGame(db, params.id);
    if (!game) throw new ApiError('not_found', `No game ${params.id}.`);
    // A game nobody has to answer for is refused by answerGame (409); scope the check to its teams.
    await authorize({ kind: 'teams', teamIds: game.confirmTeamId ? [game.confirmTeamId] : [game.homeTeamId, game.awayTeamId] });
    await answerGame(db, { userId: user.id, role: user.role, requestId, ip }, params.id, answer);
    const found = await getGame(db, params.id);
    if (!found) throw new ApiError('not_found', `No game ${params.id}.`);
    return { data: toGame(found.game) };
  });
