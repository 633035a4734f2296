import { deleteAccountContract } from '@/lib/api/contracts/account-data';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { deleteAccount } from '../../account-data';

export const DELETE = apiRoute(deleteAccountContract, async ({ db, user, params, requestId, ip }) => {
  // Deleting yourself needs your password: that path is DELETE /api/v1/me.
  if (params.id === user.id)
    throw new ApiError('rule_violation', 'Delete your own account from your account page (it asks for your password).');
  await deleteAccount(db, { userId: user.id, requestId, ip }, params.id);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
