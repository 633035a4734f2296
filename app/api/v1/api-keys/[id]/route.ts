import { revokeApiKeyContract } from '@/lib/api/contracts/api-keys';
import { apiRoute } from '@/lib/api/route';
import { revokeApiKey } from '@/lib/auth/api-keys';

export const DELETE = apiRoute(revokeApiKeyContract, async ({ db, user, params, requestId, ip }) => {
  await revokeApiKey(db, { userId: user.id, requestId, ip }, params.id);
  return null;
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
