import { leadersContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { cachedLeaders } from '@/lib/basketball/cached-stats';
import { maskMinors, privateIfMinors } from '@/lib/leagues/privacy';
import { leagueCacheHeaders, resolveLeague } from '@/lib/leagues/queries';

export const GET = apiRoute(leadersContract, async ({ db, principal, query }) => {
  const lg = await resolveLeague(db, 'basketball', query.league, viewerOf(principal));
  const ranked = await cachedLeaders({
    leagueId: lg.id,
    season: query.season,
    stat: query.stat,
    minGames: query.min_games,
    limit: query.per_page,
  });
  const { qualifier, hasPlayerStats } = ranked;
  const leaders = await maskMinors(
    db,
    viewerOf(principal),
    ranked.leaders,
    (l) => l.player.id,
    (l, mask) => ({ ...l, player: { ...l.player, name: mask(l.player.name) } }),
  );
  return {
    headers: privateIfMinors(leagueCacheHeaders(lg), lg, viewerOf(principal)),
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
