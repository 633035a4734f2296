import { leagueAveragesContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { toAverages } from '@/lib/basketball/api-views';
import { cachedLeagueAverages } from '@/lib/basketball/cached-stats';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(leagueAveragesContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const league = await cachedLeagueAverages(query.season, lg.id);
  if (!league) throw new ApiError('not_found', `No games stored for season ${query.season} of ${lg.name}.`);
  return {
    headers: leagueCacheHeaders(lg),
    data: { season: league.season, source: league.source, ...toAverages(league.averages, query.type) },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
