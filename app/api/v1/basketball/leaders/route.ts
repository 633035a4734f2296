import { leadersContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { cachedLeaders } from '@/lib/basketball/cached-stats';

export const GET = apiRoute(leadersContract, async ({ query }) => {
  const { leaders, qualifier, hasPlayerStats } = await cachedLeaders({
    season: query.season,
    stat: query.stat,
    minGames: query.min_games,
    limit: query.per_page,
  });
  return {
    data: leaders.map((l) => ({
      rank: l.rank,
      player: l.player,
      teams: l.teams,
      value: l.value ?? 0,
      games_played: l.gamesPlayed,
    })),
    meta: {
      stat: query.stat,
      qualifier,
      player_stats: hasPlayerStats,
      ...(query.min_games ? { min_games: query.min_games } : {}),
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
