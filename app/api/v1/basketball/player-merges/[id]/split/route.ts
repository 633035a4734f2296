import { splitMergeContract } from '@/lib/api/contracts/basketball-live';
import { apiRoute } from '@/lib/api/route';
import { splitMerge } from '@/lib/basketball/identity/merge';

export const POST = apiRoute(splitMergeContract, async ({ db, user, params, requestId, ip }) => {
  const split = await splitMerge(db, { userId: user.id, requestId, ip }, params.id);
  return { data: { player: { id: split.restored.id, name: split.restored.name }, kept_player_id: split.keptId } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
