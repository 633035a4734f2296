import { getDigestContract, updateDigestContract } from '@/lib/api/contracts/notify';
import { apiRoute } from '@/lib/api/route';
import { getDigest, setDigestFrequency } from '@/lib/notify/digest-settings';

export const GET = apiRoute(getDigestContract, async ({ db, user }) => ({
  data: await getDigest(db, user.id),
  headers: { 'cache-control': 'no-store' },
}));

export const PATCH = apiRoute(updateDigestContract, async ({ db, user, body }) => ({
  data: await setDigestFrequency(db, user.id, body.frequency),
}));

export { preflight as OPTIONS } from '@/lib/api/preflight';
