import { z } from 'zod';
import { listFootballPlaysContract } from '@/lib/api/contracts/football';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { playFilterOf } from '@/lib/football/play-filter-query';
import { listFootballPlays, toPlay } from '@/lib/football/queries';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listFootballPlaysContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'football', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.number().int(), z.number().int(), z.number().int()]));
  const rows = await listFootballPlays(db, lg.id, playFilterOf(query), { after, limit: query.per_page + 1 });
  const page = pageOf(rows, query.per_page, (p) => [p.season, p.gameId, p.playId]);
  return { headers: leagueCacheHeaders(lg), data: page.data.map(toPlay), meta: page.meta };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
