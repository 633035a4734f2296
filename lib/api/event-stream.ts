// The answer of every v1 stream endpoint: Server-Sent Events from where the client says it is
// (Last-Event-ID, else `after_seq`), holding one of the caller's stream slots for as long as it lives.
import type { Principal } from '@/lib/auth/principal';
import type { Db } from '@/lib/db/client';
import type { ViewAt } from '@/lib/events/fanout';
import { lastSeenSeq } from '@/lib/events/last-event-id';
import { takeRawResponse } from '@/lib/events/raw-response';
import { sseHeadResponse, sseResponse } from '@/lib/events/sse';
import { acquireStreamSlot } from './stream-slots';

export interface StreamCaller {
  req: Request;
  db: Db;
  principal: Principal;
  ip: string | null;
}

export function eventStreamResponse(
  { req, db, principal, ip }: StreamCaller,
  stream: string,
  afterSeqParam: number | undefined,
  viewAt: ViewAt,
): Response {
  if (req.method === 'HEAD') return sseHeadResponse();
  const afterSeq = lastSeenSeq(req.headers, afterSeqParam);
  // Taken last, with nothing awaited before the stream owns it, so no failure can strand the slot.
  const release = acquireStreamSlot(principal, ip);
  return sseResponse({
    db,
    stream,
    afterSeq,
    signal: req.signal,
    nodeResponse: takeRawResponse(req.headers),
    viewAt,
    onClose: release,
  });
}
