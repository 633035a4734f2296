import { addEntriesContract, listEntriesContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { findEvent, listEntries, visibleEvent } from '@/lib/golf/events/read';
import { addEntries } from '@/lib/golf/events/write';

export const GET = apiRoute(listEntriesContract, async ({ db, params, principal }) => {
  if (!(await visibleEvent(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golf event ${params.id}.`);
  return { data: await listEntries(db, params.id), headers: { 'cache-control': 'private, no-store' } };
});

// The event's stream event (entries added) is the record of this write.
export const POST = apiRoute(addEntriesContract, async ({ db, user, params, body, requestId, authorize }) => {
  const event = await findEvent(db, params.id);
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  await authorize({ kind: 'owner', ownerId: event.createdBy ?? '' });
  const rows = await addEntries(db, { userId: user.id, requestId }, params.id, body.entrants);
  const ids = new Set(rows.map((r) => r.id));
  return { data: (await listEntries(db, params.id)).filter((e) => ids.has(e.id)), headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
