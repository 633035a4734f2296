import { playsContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { gamePlays } from '@/lib/basketball/scoring/plays';
import { loadLiveGame } from '@/lib/basketball/scoring/read';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const GET = apiRoute(playsContract, async ({ db, principal, params, query }) => {
  const live = await loadLiveGame(db, params.id, viewerOf(principal));
  if (!live || !(await mayViewLeagueOf(db, live.game.leagueId, viewerOf(principal)))) {
    throw new ApiError('not_found', `No live game ${params.id}.`);
  }
  return { data: await gamePlays(db, live, query.after_seq), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
