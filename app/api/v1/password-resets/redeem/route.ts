import { redeemPasswordResetContract } from '@/lib/api/contracts/password-resets';
import { apiRoute } from '@/lib/api/route';
import { redeemPasswordReset } from '@/lib/auth/password-reset';

export const POST = apiRoute(redeemPasswordResetContract, async ({ db, body, requestId, ip }) => {
  await redeemPasswordReset(db, { token: body.token, newPassword: body.new_password }, { requestId, ip });
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
