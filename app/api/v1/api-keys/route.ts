import { createApiKeyContract, listApiKeysContract } from '@/lib/api/contracts/api-keys';
import { apiRoute } from '@/lib/api/route';
import { issueApiKey, listApiKeys, toApiKeyJson } from '@/lib/auth/api-keys';

export const POST = apiRoute(createApiKeyContract, async ({ db, user, body, requestId, ip }) => {
  const created = await issueApiKey(db, { userId: user.id, requestId, ip }, body);
  return { data: { ...toApiKeyJson(created), key: created.key }, headers: { 'cache-control': 'no-store' } };
});

export const GET = apiRoute(listApiKeysContract, async ({ db, user }) => ({
  data: (await listApiKeys(db, user.id)).map(toApiKeyJson),
  headers: { 'cache-control': 'no-store' },
}));

export { preflight as OPTIONS } from '@/lib/api/preflight';
