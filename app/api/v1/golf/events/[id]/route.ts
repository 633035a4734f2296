import { getEventContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { eventView, visibleEvent } from '@/lib/golf/events/read';

export const GET = apiRoute(getEventContract, async ({ db, params, principal }) => {
  const event = await visibleEvent(db, params.id, viewerOf(principal));
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  return { data: eventView(event), headers: { 'cache-control': 'private, no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
