import { cancelScheduledGameContract, updateScheduledGameContract } from '@/lib/api/contracts/schedule';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { visibleBasketballLeague } from '@/lib/basketball/schedule/api';
import { cancelGame, rescheduleGame } from '@/lib/basketball/schedule/edit';
import { scheduledGame } from '@/lib/basketball/schedule/queries';
import { scheduleGameJson } from '@/lib/basketball/schedule/view';
import { DomainError } from '@/lib/errors';

export const PATCH = apiRoute(
  updateScheduledGameContract,
  async ({ db, user, principal, params, body, requestId, ip, authorize }) => {
    const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
    await authorize({ kind: 'league', leagueId: league.id });
    await rescheduleGame(db, { userId: user.id, requestId, ip }, league, params.game_id, body);
    const game = await scheduledGame(db, league.id, params.game_id);
    if (!game) throw new DomainError('not_found', `${league.name} has no game ${params.game_id}.`);
    return { data: scheduleGameJson(game) };
  },
);

export const DELETE = apiRoute(cancelScheduledGameContract, async ({ db, user, principal, params, requestId, ip, authorize }) => {
  const league = await visibleBasketballLeague(db, params.id, viewerOf(principal));
  await authorize({ kind: 'league', leagueId: league.id });
  await cancelGame(db, { userId: user.id, requestId, ip }, league, params.game_id);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
