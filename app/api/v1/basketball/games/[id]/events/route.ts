import { appendGameEventContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { appendGameEvent, findGame } from '@/lib/basketball/scoring/append';
import { toPlayEvent } from '@/lib/basketball/scoring/views';

// The event log is the audit trail of scoring: every play keeps its actor and request id.
export const POST = apiRoute(appendGameEventContract, async ({ db, user, params, body, requestId, authorize }) => {
  const game = await findGame(db, params.id);
  if (!game) throw new ApiError('not_found', `No game ${params.id}.`);
  await authorize({ kind: 'teams', teamIds: [game.homeTeamId, game.awayTeamId] });
  if (game.withImportedTeam && user.role !== 'admin') {
    throw new ApiError('forbidden', 'This game has an imported team: only an admin can score it.');
  }
  const { event, duplicate } = await appendGameEvent(db, game, body, { userId: user.id, requestId });
  return { data: toPlayEvent(event), meta: { duplicate }, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
