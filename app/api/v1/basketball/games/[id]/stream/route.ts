import { streamContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { acquireStreamSlot } from '@/lib/api/stream-slots';
import { liveGameExists } from '@/lib/basketball/scoring/read';
import { toPlayEvent } from '@/lib/basketball/scoring/views';
import { lastSeenSeq } from '@/lib/events/last-event-id';
import { takeRawResponse } from '@/lib/events/raw-response';
import { sseResponse } from '@/lib/events/sse';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(streamContract, async ({ db, params, query, req, principal, ip }) => {
  if (!(await liveGameExists(db, params.id))) throw new ApiError('not_found', `No live game ${params.id}.`);
  const afterSeq = lastSeenSeq(req.headers, query.after_seq);
  // Taken last, with nothing awaited before the stream owns it, so no failure can strand the slot.
  const release = acquireStreamSlot(principal, ip);
  const stream = `basketball-game:${params.id}`;
  return {
    data: null,
    raw: sseResponse({
      db,
      stream,
      afterSeq,
      signal: req.signal,
      nodeResponse: takeRawResponse(req.headers),
      viewAt: () => toPlayEvent,
      onClose: release,
    }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
