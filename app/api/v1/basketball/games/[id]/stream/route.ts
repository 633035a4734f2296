import { streamContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { liveGameExists } from '@/lib/basketball/scoring/read';
import { toPlayEvent } from '@/lib/basketball/scoring/views';
import { lastSeenSeq } from '@/lib/events/last-event-id';
import { sseResponse } from '@/lib/events/sse';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(streamContract, async ({ db, params, query, req }) => {
  if (!(await liveGameExists(db, params.id))) throw new ApiError('not_found', `No live game ${params.id}.`);
  const afterSeq = lastSeenSeq(req.headers, query.after_seq);
  return {
    data: null,
    raw: sseResponse({ db, stream: `basketball-game:${params.id}`, afterSeq, signal: req.signal, view: toPlayEvent }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
