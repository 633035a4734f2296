import { z } from 'zod';
import { listFootballGamesContract } from '@/lib/api/contracts/football';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listFootballGames } from '@/lib/football/queries';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listFootballGamesContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'football', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.iso.date(), z.number().int()]));
  const rows = await listFootballGames(
    db,
    { leagueId: lg.id, seasons: query.seasons, weeks: query.weeks, teamIds: query.team_ids, seasonType: query.season_type },
    { after, limit: query.per_page + 1 },
  );
  const page = pageOf(rows, query.per_page, (r) => [r.date, r.id]);
  return { headers: leagueCacheHeaders(lg), data: page.data, meta: page.meta };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
