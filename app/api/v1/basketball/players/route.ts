import { z } from 'zod';
import { listPlayersContract } from '@/lib/api/contracts/basketball';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listPlayers } from '@/lib/basketball/api-queries';
import { withTeams } from '@/lib/basketball/player-view';

export const GET = apiRoute(listPlayersContract, async ({ db, query }) => {
  const after = decodeCursor(query.cursor, z.tuple([z.number().int()]));
  const rows = await listPlayers(
    db,
    { search: query.search, teamIds: query.team_ids, seasons: query.seasons },
    { after: after?.[0] ?? null, limit: query.per_page + 1 },
  );
  const page = pageOf(rows, query.per_page, (r) => [r.id]);
  return { data: await withTeams(db, page.data), meta: page.meta };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
