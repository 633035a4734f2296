import { deleteFollowContract } from '@/lib/api/contracts/notify';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { removeFollow } from '@/lib/notify/follows';

export const DELETE = apiRoute(deleteFollowContract, async ({ db, user, params }) => {
  if (!(await removeFollow(db, user.id, params.id))) throw new ApiError('not_found', `You have no follow ${params.id}.`);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
