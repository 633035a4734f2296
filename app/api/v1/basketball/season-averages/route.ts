import { seasonAveragesContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { toAverages } from '@/lib/basketball/api-views';
import { cachedPlayerAverages, cachedTeamAverages } from '@/lib/basketball/cached-stats';
import { maskMinors, privateIfMinors } from '@/lib/leagues/privacy';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(seasonAveragesContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const headers = privateIfMinors(leagueCacheHeaders(lg), lg, viewerOf(principal));
  const filter = {
    leagueId: lg.id,
    seasons: query.seasons,
    startDate: query.start_date,
    endDate: query.end_date,
    postseason: query.postseason,
  };
  if (query.player_ids?.length) {
    const players = await maskMinors(
      db,
      viewerOf(principal),
      await cachedPlayerAverages({ ...filter, playerIds: query.player_ids }),
      (p) => p.playerId,
      (p, mask) => ({ ...p, playerName: mask(p.playerName) }),
    );
    return {
      headers,
      data: players.map((p) => ({
        player_id: p.playerId,
        name: p.playerName,
        season: p.season,
        ...toAverages(p.all, query.type),
        teams: p.teams.map((t) => ({ team_id: t.teamId, abbreviation: t.abbreviation, ...toAverages(t.averages, query.type) })),
      })),
    };
  }
  const teams = await cachedTeamAverages({ ...filter, teamIds: query.team_ids });
  return {
    headers,
    data: teams.map((t) => ({ team_id: t.teamId, name: t.name, season: t.season, ...toAverages(t.averages, query.type) })),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
