import { requestPasswordResetContract } from '@/lib/api/contracts/password-resets';
import { apiRoute } from '@/lib/api/route';
import { requestPasswordReset } from '@/lib/auth/password-reset';

export const POST = apiRoute(requestPasswordResetContract, async ({ db, body, requestId, ip }) => {
  await requestPasswordReset(db, body.email, { requestId, ip });
  return { data: { message: 'If this address has an account, a reset link is on its way. It works once, for an hour.' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
