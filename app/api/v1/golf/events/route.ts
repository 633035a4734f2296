import { z } from 'zod';
import { createEventContract, listEventsContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { authorize } from '@/lib/auth/permissions';
import { viewerOf } from '@/lib/auth/principal';
import { eventView, findEvent, listEvents } from '@/lib/golf/events/read';
import { createEvent } from '@/lib/golf/events/write';
import { requireLeague, visibleLeagueIds } from '@/lib/leagues/queries';

export const GET = apiRoute(listEventsContract, async ({ db, query, principal }) => {
  const beforeId = decodeCursor(query.cursor, z.tuple([z.number().int()]))?.[0];
  // Events of members-only leagues are left out for outsiders (undefined: an admin sees all).
  const visible = await visibleLeagueIds(db, viewerOf(principal));
  const rows = await listEvents(db, { leagueId: query.league, beforeId, limit: query.per_page + 1, visibleLeagueIds: visible });
  const page = pageOf(rows, query.per_page, (e) => [e.id]);
  return { data: page.data.map(eventView), meta: page.meta, headers: { 'cache-control': 'private, no-store' } };
});

export const POST = apiRoute(createEventContract, async ({ db, user, body, requestId }) => {
  if (body.league_id != null) {
    await requireLeague(db, 'golf', body.league_id);
    // A club's events are its organisers' to make: the caller must run the league.
    if (!(await authorize(db, user, 'league:manage', { kind: 'league', leagueId: body.league_id })))
      throw new ApiError('forbidden', 'You may not organise events of that league.');
  }
  const id = await createEvent(db, { userId: user.id, requestId }, body);
  const event = await findEvent(db, id);
  if (!event) throw new Error('created event vanished');
  return { data: eventView(event), headers: { location: `/api/v1/golf/events/${id}`, 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
