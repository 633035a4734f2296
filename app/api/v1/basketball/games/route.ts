import { z } from 'zod';
import { listGamesContract } from '@/lib/api/contracts/basketball';
import { createGameContract } from '@/lib/api/contracts/basketball-live';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { getGame, listGames } from '@/lib/basketball/api-queries';
import { toGame } from '@/lib/basketball/api-views';
import { teamToConfirm } from '@/lib/basketball/scoring/confirmation';
import { createGame, requireTeams } from '@/lib/basketball/scoring/entities';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(listGamesContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const after = decodeCursor(query.cursor, z.tuple([z.iso.date(), z.number().int()]));
  const rows = await listGames(
    db,
    {
      leagueId: lg.id,
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
  return { headers: leagueCacheHeaders(lg), data: page.data.map(toGame), meta: page.meta };
});

export const POST = apiRoute(createGameContract, async ({ db, user, body, requestId, ip, authorize }) => {
  const teamIds = [body.home_team_id, body.visitor_team_id];
  await requireTeams(db, teamIds);
  await authorize({ kind: 'teams', teamIds });
  const confirmTeamId = await teamToConfirm(db, { userId: user.id, role: user.role }, [body.home_team_id, body.visitor_team_id]);
  const created = await createGame(db, { userId: user.id, requestId, ip }, body, confirmTeamId);
  const found = await getGame(db, created.id);
  if (!found) throw new Error('created game vanished');
  return { data: { ...toGame(found.game), rule_set: created.ruleSet } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
