import { deleteMeContract } from '@/lib/api/contracts/account-data';
import { getMe } from '@/lib/api/contracts/accounts';
import { apiRoute } from '@/lib/api/route';
import { deleteAccount } from '../account-data';

export const GET = apiRoute(getMe, async ({ user }) => ({ data: user }));

export const DELETE = apiRoute(deleteMeContract, async ({ db, user, body, requestId, ip }) => {
  await deleteAccount(db, { userId: user.id, requestId, ip }, user.id, body.password);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
