import { revokeApiKeyContract } from '@/lib/api/contracts/api-keys';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit';
import { revokeApiKey } from '@/lib/auth/api-keys';

export const DELETE = apiRoute(revokeApiKeyContract, async ({ db, user, params, requestId, ip }) => {
  await db.transaction(async (tx) => {
    // Scoped to the caller's own keys: someone else's key id is indistinguishable from a missing one.
    if (!(await revokeApiKey(tx, user.id, params.id))) throw new ApiError('not_found', 'No such API key.');
    await recordAudit(tx, {
      actorId: user.id,
      action: 'api-key.revoke',
      targetType: 'api_key',
      targetId: params.id,
      requestId,
      ip,
    });
  });
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
