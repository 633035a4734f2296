// Where a reconnecting viewer of an SSE stream left off. Our SSE event ids are stream seqs, and a
// browser resends the last one it saw as Last-Event-ID; a client that cannot set headers sends
// `?after_seq=` instead. A header that is no seq is ignored rather than refused: browsers send it unasked.

/** The seq the viewer has seen: a valid Last-Event-ID wins over `after_seq`; 0 replays the whole stream. */
export function lastSeenSeq(headers: Headers, afterSeq: number | undefined): number {
  const fromHeader = Number.parseInt(headers.get('last-event-id') ?? '', 10);
  return Number.isSafeInteger(fromHeader) && fromHeader >= 0 ? fromHeader : (afterSeq ?? 0);
}
