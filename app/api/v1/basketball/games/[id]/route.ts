import { getGameContract } from '@/lib/api/contracts/basketball';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { getGame } from '@/lib/basketball/api-queries';
import { toBoxLine, toGame } from '@/lib/basketball/api-views';
import { maskMinors } from '@/lib/leagues/privacy';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const GET = apiRoute(getGameContract, async ({ db, principal, params }) => {
  const found = await getGame(db, params.id);
  if (!found || !(await mayViewLeagueOf(db, found.game.leagueId, viewerOf(principal)))) {
    throw new ApiError('not_found', 'No such game.');
  }
  const playerLines = await maskMinors(
    db,
    viewerOf(principal),
    found.playerLines,
    (l) => l.player.id,
    (l, mask) => ({ ...l, player: { ...l.player, name: mask(l.player.name) } }),
  );
  return {
    headers: { 'cache-control': 'private, max-age=60' },
    data: {
      ...toGame(found.game),
      team_stats: found.teamLines.map((l) => ({
        ...toBoxLine(l),
        team_id: l.teamId,
        team_reb: l.teamReb,
        team_tov: l.teamTov,
      })),
      player_stats: playerLines.map(({ line, player }) => ({ ...toBoxLine(line), player, team_id: line.teamId })),
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
