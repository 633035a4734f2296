import { z } from 'zod';
import { listTeamsContract } from '@/lib/api/contracts/basketball';
import { createTeamContract } from '@/lib/api/contracts/basketball-live';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { listTeams } from '@/lib/basketball/api-queries';
import { toTeam } from '@/lib/basketball/api-views';
import { createTeam } from '@/lib/basketball/scoring/entities';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';
import { pickupLeague } from '@/lib/leagues/write';

export const GET = apiRoute(listTeamsContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.number().int()]));
  const rows = await listTeams(db, { after: after?.[0] ?? null, limit: query.per_page + 1 }, { leagueId: lg.id });
  const page = pageOf(rows, query.per_page, (r) => [r.id]);
  return { headers: leagueCacheHeaders(lg), data: page.data.map(toTeam), meta: page.meta };
});

export const POST = apiRoute(createTeamContract, async ({ db, user, body, requestId, ip, authorize }) => {
  // A team goes into a league its creator runs: the one named, else their own pickup league.
  const leagueId = body.league_id ?? (await pickupLeague(db, user.id)).id;
  await authorize({ kind: 'league', leagueId });
  const { team, shortName } = await createTeam(db, { userId: user.id, requestId, ip }, { ...body, league_id: leagueId });
  return { data: { ...toTeam(team), name: shortName, city: team.city, league_id: team.leagueId } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
