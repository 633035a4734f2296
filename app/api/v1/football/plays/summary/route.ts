import { footballSummaryContract } from '@/lib/api/contracts/football';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { playFilterOf } from '@/lib/football/play-filter-query';
import { playSummary } from '@/lib/football/summary';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(footballSummaryContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'football', query.league, viewerOf(principal));
  const data = await playSummary(db, lg.id, playFilterOf(query), query.group_by ?? []);
  return { headers: leagueCacheHeaders(lg), data };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
