import { getTeamContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { getTeam } from '@/lib/basketball/api-queries';
import { toTeam } from '@/lib/basketball/api-views';

export const GET = apiRoute(getTeamContract, async ({ db, params }) => {
  const team = await getTeam(db, params.id);
  if (!team) throw new ApiError('not_found', 'No such team.');
  return { data: toTeam(team) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
