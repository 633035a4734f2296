import { getPlayerContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { listPlayers } from '@/lib/basketball/api-queries';
import { withTeams } from '@/lib/basketball/player-view';

export const GET = apiRoute(getPlayerContract, async ({ db, params }) => {
  const [player] = await listPlayers(db, { playerIds: [params.id] }, { after: null, limit: 1 });
  if (!player) throw new ApiError('not_found', 'No such player.');
  const [view] = await withTeams(db, [player]);
  return { data: view ?? { ...player, teams: [] } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
