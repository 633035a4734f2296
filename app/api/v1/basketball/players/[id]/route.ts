import { getPlayerContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listPlayers } from '@/lib/basketball/api-queries';
import { withTeams } from '@/lib/basketball/player-view';
import { maskMinors } from '@/lib/leagues/privacy';

export const GET = apiRoute(getPlayerContract, async ({ db, principal, params }) => {
  const [found] = await listPlayers(db, { playerIds: [params.id] }, { after: null, limit: 1 });
  if (!found) throw new ApiError('not_found', 'No such player.');
  const [player = found] = await maskMinors(
    db,
    viewerOf(principal),
    [found],
    (p) => p.id,
    (p, mask) => ({ ...p, name: mask(p.name) }),
  );
  const [view] = await withTeams(db, [player]);
  return { data: view ?? { ...player, teams: [] }, headers: { 'cache-control': 'private, max-age=60' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
