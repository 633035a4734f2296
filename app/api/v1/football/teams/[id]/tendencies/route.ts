import { footballTendenciesContract } from '@/lib/api/contracts/football';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { getFootballTeam } from '@/lib/football/queries';
import { teamTendencies } from '@/lib/football/tendencies';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const GET = apiRoute(footballTendenciesContract, async ({ db, principal, params, query }) => {
  const team = await getFootballTeam(db, params.id);
  // A team of a league the caller may not see is "not found", as if it did not exist.
  if (!team || !(await mayViewLeagueOf(db, team.leagueId, viewerOf(principal))))
    throw new ApiError('not_found', `No football team ${params.id}.`);
  return { data: { team: team.view, ...(await teamTendencies(db, team.leagueId, params.id, query.seasons)) } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
