// A stream's frames as the browser reads them. On one connection sse.ts sends each event once and in
// seq order; the reader keeps that true for the page across reconnects and reopened streams, so no
// event is applied twice or after a later one.

/** What every frame of lib/events/sse.ts carries: its event's seq, which is also the SSE id. */
export interface SeqFrame {
  seq: number;
}

/** One stream's frames: the event types it sends and how a frame's data is read (null when it cannot be). */
export interface FrameKind<T extends SeqFrame> {
  types: readonly string[];
  read: (data: string) => T | null;
}

/** A frame's data as a JSON object with a numeric seq; null for anything else. */
export function parseSeqFrame(data: string): (SeqFrame & Record<string, unknown>) | null {
  try {
    const v: unknown = JSON.parse(data);
    if (typeof v !== 'object' || v === null || typeof (v as Partial<SeqFrame>).seq !== 'number') return null;
    return v as SeqFrame & Record<string, unknown>;
  } catch {
    return null;
  }
}

export interface FrameReader<T extends SeqFrame> {
  /** The seq a new stream resumes after. */
  readonly lastSeq: number;
  /** The frame, or null when it cannot be read or its seq is not past the last one taken. */
  take: (data: string) => T | null;
}

/**
 * Frames after `afterSeq`, each seq taken once and never one behind a seq already taken. A gap is
 * taken as it comes: the server fills gaps before sending, so holding out for a missing seq would
 * only stall the page.
 */
export function frameReader<T extends SeqFrame>(read: (data: string) => T | null, afterSeq: number): FrameReader<T> {
  let last = afterSeq;
  return {
    get lastSeq() {
      return last;
    },
    take(data) {
      const frame = read(data);
      // Negated so a NaN seq is refused too.
      if (!frame || !(frame.seq > last)) return null;
      last = frame.seq;
      return frame;
    },
  };
}
