import { createAccount } from '@/lib/api/contracts/accounts';
import { apiRoute } from '@/lib/api/route';
import { registerAccount } from '@/lib/auth/users';

// A taken email is a 409 through the handler's code table (EmailTakenError carries 'conflict').
export const POST = apiRoute(createAccount, async ({ db, body, requestId, ip }) => {
  const user = await registerAccount(db, body, { requestId, ip });
  return { data: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
