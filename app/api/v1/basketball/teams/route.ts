import { z } from 'zod';
import { listTeamsContract } from '@/lib/api/contracts/basketball';
import { createTeamContract } from '@/lib/api/contracts/basketball-live';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listTeams } from '@/lib/basketball/api-queries';
import { toTeam } from '@/lib/basketball/api-views';
import { createTeam } from '@/lib/basketball/scoring/entities';

export const GET = apiRoute(listTeamsContract, async ({ db, query }) => {
  const after = decodeCursor(query.cursor, z.tuple([z.number().int()]));
  const rows = await listTeams(db, { after: after?.[0] ?? null, limit: query.per_page + 1 });
  const page = pageOf(rows, query.per_page, (r) => [r.id]);
  return { data: page.data.map(toTeam), meta: page.meta };
});

export const POST = apiRoute(createTeamContract, async ({ db, user, body, requestId, ip }) => {
  const { team, shortName } = await createTeam(db, { userId: user.id, requestId, ip }, body);
  return { data: { ...toTeam(team), name: shortName, city: team.city } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
