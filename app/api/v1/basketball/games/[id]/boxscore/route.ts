import { boxscoreContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { loadLiveGame } from '@/lib/basketball/scoring/read';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const GET = apiRoute(boxscoreContract, async ({ db, principal, params }) => {
  const live = await loadLiveGame(db, params.id, viewerOf(principal));
  if (!live || !(await mayViewLeagueOf(db, live.game.leagueId, viewerOf(principal)))) {
    throw new ApiError('not_found', `No live game ${params.id}.`);
  }
  // The server's time beside the data: a viewer runs the clock from it whatever its own clock says.
  const now = Date.now();
  return {
    data: live.boxscore(now),
    meta: { server_time: new Date(now).toISOString() },
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
