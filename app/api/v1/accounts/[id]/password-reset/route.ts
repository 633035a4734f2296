import { issuePasswordResetContract } from '@/lib/api/contracts/password-resets';
import { apiRoute } from '@/lib/api/route';
import { issuePasswordReset } from '@/lib/auth/password-reset';
import { env } from '@/lib/env';

export const POST = apiRoute(issuePasswordResetContract, async ({ db, req, user, params, requestId, ip }) => {
  // The admin's own request names the site they are on; NEXTAUTH_URL wins when set.
  const origin = env().NEXTAUTH_URL ?? new URL(req.url).origin;
  const { url, expiresAt } = await issuePasswordReset(db, { userId: user.id, requestId, ip }, params.id, origin);
  return { data: { url, expires_at: expiresAt.toISOString() } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
