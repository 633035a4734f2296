import { leagueAveragesContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { toAverages } from '@/lib/basketball/api-views';
import { cachedLeagueAverages } from '@/lib/basketball/cached-stats';

export const GET = apiRoute(leagueAveragesContract, async ({ query }) => {
  const league = await cachedLeagueAverages(query.season);
  if (!league) throw new ApiError('not_found', `No games stored for season ${query.season}.`);
  return { data: { season: league.season, source: league.source, ...toAverages(league.averages, query.type) } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
