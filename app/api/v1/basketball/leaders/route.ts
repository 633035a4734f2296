import { leadersContract } from '@/lib/api/contracts/basketball';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { cachedInLeague } from '@/lib/basketball/cached-stats';
import { getLeaders, qualifierOf } from '@/lib/basketball/leaders';
import { maskMinors, minorIds, privateIfMinors } from '@/lib/leagues/privacy';
import { leagueCacheHeaders, visibleOrNotFound } from '@/lib/leagues/queries';

export const GET = apiRoute(leadersContract, async ({ db, principal, query }) => {
  const viewer = viewerOf(principal);
  const opts = { season: query.season, stat: query.stat, minGames: query.min_games, limit: query.per_page };
  // The minors among the leaders are found once, with the board: most boards have none to mask.
  const found = await cachedInLeague(query.league, `leaders:${JSON.stringify(opts)}`, async (db, l) => {
    const board = await getLeaders(db, { ...opts, leagueId: l.id });
    return {
      ...board,
      minors: [
        ...(await minorIds(
          db,
          board.leaders.map((x) => x.player.id),
        )),
      ],
    };
  });
  const lg = await visibleOrNotFound(db, found.league, 'basketball', query.league, viewer);
  const ranked = found.value ?? {
    leaders: [],
    qualifier: qualifierOf(query.stat, query.min_games),
    hasPlayerStats: false,
    minors: [],
  };
  const { qualifier, hasPlayerStats } = ranked;
  const leaders = ranked.minors.length
    ? await maskMinors(
        db,
        viewer,
        ranked.leaders,
        (l) => l.player.id,
        (l, mask) => ({ ...l, player: { ...l.player, name: mask(l.player.name) } }),
      )
    : ranked.leaders;
  return {
    headers: privateIfMinors(leagueCacheHeaders(lg), lg, ranked.minors.length ? viewer : null),
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
