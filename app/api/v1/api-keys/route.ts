import { createApiKeyContract, listApiKeysContract } from '@/lib/api/contracts/api-keys';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit';
import { createApiKey, listApiKeys, toApiKeyJson } from '@/lib/auth/api-keys';

// Each key has its own rate budget, so the number of live keys per person is capped.
export const MAX_LIVE_KEYS = 25;

export const POST = apiRoute(createApiKeyContract, async ({ db, user, body, requestId, ip }) => {
  if ((await listApiKeys(db, user.id)).length >= MAX_LIVE_KEYS) {
    throw new ApiError('conflict', `You already have ${MAX_LIVE_KEYS} live API keys; revoke one first.`);
  }
  const created = await db.transaction(async (tx) => {
    const key = await createApiKey(tx, user.id, body.name, body.scope);
    await recordAudit(tx, {
      actorId: user.id,
      action: 'api-key.create',
      targetType: 'api_key',
      targetId: key.id,
      requestId,
      ip,
      details: { name: key.name, scope: key.scope },
    });
    return key;
  });
  return { data: { ...toApiKeyJson(created), key: created.key }, headers: { 'cache-control': 'no-store' } };
});

export const GET = apiRoute(listApiKeysContract, async ({ db, user }) => ({
  data: (await listApiKeys(db, user.id)).map(toApiKeyJson),
  headers: { 'cache-control': 'no-store' },
}));

export { preflight as OPTIONS } from '@/lib/api/preflight';
