import { listFootballTeamsContract } from '@/lib/api/contracts/football';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listFootballTeams } from '@/lib/football/queries';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listFootballTeamsContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'football', query.league, viewerOf(principal));
  return { headers: leagueCacheHeaders(lg), data: await listFootballTeams(db, lg.id) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
