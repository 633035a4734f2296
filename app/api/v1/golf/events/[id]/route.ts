import { getEventContract, updateEventContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { eventView, findEvent, visibleEvent } from '@/lib/golf/events/read';
import { updateEvent } from '@/lib/golf/events/write';

export const GET = apiRoute(getEventContract, async ({ db, params, principal }) => {
  const event = await visibleEvent(db, params.id, viewerOf(principal));
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  return { data: eventView(event), headers: { 'cache-control': 'private, no-store' } };
});

// The event's stream event (event updated) is the record of this write, and tells live boards the cut.
export const PATCH = apiRoute(updateEventContract, async ({ db, user, params, body, requestId, authorize }) => {
  const event = await findEvent(db, params.id);
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  await authorize({ kind: 'owner', ownerId: event.createdBy ?? '' });
  await updateEvent(db, { userId: user.id, requestId }, params.id, body);
  const updated = await findEvent(db, params.id);
  if (!updated) throw new ApiError('not_found', `No golf event ${params.id}.`);
  return { data: eventView(updated), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
