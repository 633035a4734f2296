import { disableAccount } from '@/lib/api/contracts/accounts';
import { apiRoute } from '@/lib/api/route';
import { setAccountDisabled } from '@/lib/auth/users';

export const POST = apiRoute(disableAccount, async ({ db, user, params, requestId, ip }) => {
  const account = await setAccountDisabled(db, { userId: user.id, requestId, ip }, params.id, true);
  return {
    data: { id: account.id, email: account.email, name: account.name, role: account.role, disabled: account.disabledAt !== null },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
