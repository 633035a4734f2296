import { z } from 'zod';
import { listGamesContract } from '@/lib/api/contracts/basketball';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listGames } from '@/lib/basketball/api-queries';
import { toGame } from '@/lib/basketball/api-views';

export const GET = apiRoute(listGamesContract, async ({ db, query }) => {
  const after = decodeCursor(query.cursor, z.tuple([z.iso.date(), z.number().int()]));
  const rows = await listGames(
    db,
    {
      dates: query.dates,
      seasons: query.seasons,
      teamIds: query.team_ids,
      startDate: query.start_date,
      endDate: query.end_date,
      postseason: query.postseason,
    },
    { after, limit: query.per_page + 1 },
  );
  const page = pageOf(rows, query.per_page, (r) => [r.date, r.id]);
  return { data: page.data.map(toGame), meta: page.meta };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
