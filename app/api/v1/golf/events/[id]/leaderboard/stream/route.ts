import { eventLeaderboardStreamContract } from '@/lib/api/contracts/golf-events';
import { ApiError } from '@/lib/api/errors';
import { eventStreamResponse } from '@/lib/api/event-stream';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { eventBoardFeed } from '@/lib/golf/events/live-feed';
import { visibleEvent } from '@/lib/golf/events/read';
import { golfEventStream } from '@/lib/golf/events/stream-events';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(eventLeaderboardStreamContract, async (ctx) => {
  const { db, params, query, principal } = ctx;
  const event = await visibleEvent(db, params.id, viewerOf(principal));
  if (!event) throw new ApiError('not_found', `No golf event ${params.id}.`);
  // A fold from the projection: each frame's leaderboard is the event after that stream event.
  const viewAt = () => eventBoardFeed(db, event, query.by);
  return { data: null, raw: eventStreamResponse(ctx, golfEventStream(params.id), query.after_seq, viewAt) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
