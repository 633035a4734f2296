import { createGroupContract, listGroupsContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { findEvent, listGroups, visibleEvent } from '@/lib/golf/events/read';
import { createGroup } from '@/lib/golf/events/write';

export const GET = apiRoute(listGroupsContract, async ({ db, params, query, principal }) => {
  if (!(await visibleEvent(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golf event ${params.id}.`);
  return { data: await listGroups(db, params.id, query.round), headers: { 'cache-control': 'private, no-store' } };
});

// The group's RoundStarted is the record of this write.
export const POST = apiRoute(createGroupContract, async ({ db, user, params, body, requestId, authorize }) => {
  const event = await findEvent(db, params.id);
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  await authorize({ kind: 'owner', ownerId: event.createdBy ?? '' });
  const { groupId } = await createGroup(db, { userId: user.id, requestId }, params.id, body);
  const group = (await listGroups(db, params.id, body.round_number)).find((g) => g.id === groupId);
  if (!group) throw new Error('created group vanished');
  return {
    data: group,
    headers: { location: `/api/v1/golf/rounds/${group.round.id}`, 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
