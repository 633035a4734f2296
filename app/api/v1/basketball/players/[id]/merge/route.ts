import { mergePlayersContract } from '@/lib/api/contracts/basketball-live';
import { apiRoute } from '@/lib/api/route';
import { mergePlayers } from '@/lib/basketball/identity/merge';

export const POST = apiRoute(mergePlayersContract, async ({ db, user, params, body, requestId, ip }) => {
  const merged = await mergePlayers(db, { userId: user.id, requestId, ip }, params.id, body.player_id);
  return {
    data: {
      merge_id: merged.mergeId,
      player: { id: merged.kept.id, name: merged.kept.name },
      lines_moved: merged.linesMoved,
      lines_set_aside: merged.linesSetAside,
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
