import { addFollowContract, listFollowsContract } from '@/lib/api/contracts/notify';
import { apiRoute } from '@/lib/api/route';
import { addFollow, listFollows } from '@/lib/notify/follows';

export const GET = apiRoute(listFollowsContract, async ({ db, user }) => ({
  data: await listFollows(db, user.id),
  headers: { 'cache-control': 'no-store' },
}));

export const POST = apiRoute(addFollowContract, async ({ db, user, body }) => {
  const { follow, created } = await addFollow(db, user.id, body.target_kind, body.target_id);
  return { data: follow, meta: { created } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
