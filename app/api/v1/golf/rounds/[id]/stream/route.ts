import { roundStreamContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { acquireStreamSlot } from '@/lib/api/stream-slots';
import { lastSeenSeq } from '@/lib/events/last-event-id';
import { takeRawResponse } from '@/lib/events/raw-response';
import { sseResponse } from '@/lib/events/sse';
import { liveLeaderboardFeed } from '@/lib/golf/rounds/live-feed';
import { findRound } from '@/lib/golf/rounds/load';
import { roundStream } from '@/lib/golf/tags';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(roundStreamContract, async ({ db, params, query, req, principal, ip }) => {
  if (!(await findRound(db, params.id))) throw new ApiError('not_found', `No round ${params.id}.`);
  const afterSeq = lastSeenSeq(req.headers, query.after_seq);
  const stream = roundStream(params.id);
  // Taken last, with nothing awaited before the stream owns it, so no failure can strand the slot.
  const release = acquireStreamSlot(principal, ip);
  return {
    data: null,
    raw: sseResponse({
      db,
      stream,
      afterSeq,
      signal: req.signal,
      nodeResponse: takeRawResponse(req.headers),
      // A fold: each frame's leaderboard is the round after that event, started where the stream resumes.
      viewAt: (seq) => liveLeaderboardFeed(db, params.id, seq),
      onClose: release,
    }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
