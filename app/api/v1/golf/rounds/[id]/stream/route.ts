import { roundStreamContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { eventStreamResponse } from '@/lib/api/event-stream';
import { apiRoute } from '@/lib/api/route';
import { roundVisibleTo, viewerOf } from '@/lib/golf/privacy';
import { liveLeaderboardFeed } from '@/lib/golf/rounds/live-feed';
import { roundStream } from '@/lib/golf/tags';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(roundStreamContract, async (ctx) => {
  const { db, params, query, principal } = ctx;
  if (!(await roundVisibleTo(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No round ${params.id}.`);
  // A fold: each frame's leaderboard is the round after that event, started where the stream resumes.
  const viewAt = (seq: number) => liveLeaderboardFeed(db, params.id, seq);
  return { data: null, raw: eventStreamResponse(ctx, roundStream(params.id), query.after_seq, viewAt) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
