import { roundStreamContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { sseResponse } from '@/lib/events/sse';
import { liveLeaderboardFeed } from '@/lib/golf/rounds/live-feed';
import { findRound } from '@/lib/golf/rounds/load';
import { roundStream } from '@/lib/golf/tags';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(roundStreamContract, async ({ db, params, query, req }) => {
  if (!(await findRound(db, params.id))) throw new ApiError('not_found', `No round ${params.id}.`);
  const lastEventId = Number.parseInt(req.headers.get('last-event-id') ?? '', 10);
  const afterSeq = Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : (query.after_seq ?? 0);
  const view = await liveLeaderboardFeed(db, params.id, afterSeq);
  return { data: null, raw: sseResponse({ db, stream: roundStream(params.id), afterSeq, signal: req.signal, view }) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
