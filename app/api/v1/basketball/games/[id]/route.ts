import { getGameContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getGame } from '@/lib/basketball/api-queries';
import { toBoxLine, toGame } from '@/lib/basketball/api-views';

export const GET = apiRoute(getGameContract, async ({ db, params }) => {
  const found = await getGame(db, params.id);
  if (!found) throw new ApiError('not_found', 'No such game.');
  return {
    data: {
      ...toGame(found.game),
      team_stats: found.teamLines.map((l) => ({
        ...toBoxLine(l),
        team_id: l.teamId,
        team_reb: l.teamReb,
        team_tov: l.teamTov,
      })),
      player_stats: found.playerLines.map(({ line, player }) => ({ ...toBoxLine(line), player, team_id: line.teamId })),
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
