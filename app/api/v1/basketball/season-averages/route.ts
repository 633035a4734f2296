import { seasonAveragesContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { toAverages } from '@/lib/basketball/api-views';
import { cachedPlayerAverages, cachedTeamAverages } from '@/lib/basketball/cached-stats';

export const GET = apiRoute(seasonAveragesContract, async ({ query }) => {
  const filter = { seasons: query.seasons, startDate: query.start_date, endDate: query.end_date, postseason: query.postseason };
  if (query.player_ids?.length) {
    const players = await cachedPlayerAverages({ ...filter, playerIds: query.player_ids });
    return {
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
    data: teams.map((t) => ({ team_id: t.teamId, name: t.name, season: t.season, ...toAverages(t.averages, query.type) })),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
