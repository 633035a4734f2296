import { getFootballGameContract } from '@/lib/api/contracts/football';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { footballGameLeague, getFootballGame } from '@/lib/football/queries';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const GET = apiRoute(getFootballGameContract, async ({ db, principal, params }) => {
  const leagueId = await footballGameLeague(db, params.id);
  // A game of a league the caller may not see is "not found", as if it did not exist.
  if (leagueId === null || !(await mayViewLeagueOf(db, leagueId, viewerOf(principal))))
    throw new ApiError('not_found', `No football game ${params.id}.`);
  const game = await getFootballGame(db, params.id);
  if (!game) throw new ApiError('not_found', `No football game ${params.id}.`);
  return { data: game };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
