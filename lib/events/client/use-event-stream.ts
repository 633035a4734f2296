'use client';

// A stream of lib/events/sse.ts in the browser. EventSource reconnects by itself after a dropped
// connection (waiting as the server's `retry:` says, resuming from Last-Event-ID); only when the
// server refuses the stream outright does it give up, and then we open a new one after the last
// seq taken. What a frame holds and what it changes on the page is the caller's.
import { useEffect, useRef, useState } from 'react';
import { type FrameKind, frameReader, type SeqFrame } from './frames';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

// Slower than the browser's own reconnects: a refusal (an error status) is likely to repeat.
const REOPEN_MS = 5000;

/**
 * `url` is the stream's endpoint, with or without a query (null: no stream); a new one opens a new stream.
 * `afterSeq` is read once, on the first render: later streams resume from what they were sent.
 * `kind` should be a module-level constant, as a new one reopens the stream.
 */
export function useEventStream<T extends SeqFrame>(
  url: string | null,
  afterSeq: number,
  kind: FrameKind<T>,
  onFrame: (frame: T) => void,
): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const onFrameRef = useRef(onFrame);
  const startSeq = useRef(afterSeq);
  useEffect(() => {
    onFrameRef.current = onFrame;
  });

  useEffect(() => {
    if (url === null) return;
    const frames = frameReader(kind.read, startSeq.current);
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const handle = (msg: MessageEvent<string>) => {
      const frame = frames.take(msg.data);
      if (frame) onFrameRef.current(frame);
    };
    const open = () => {
      source = new EventSource(`${url}${url.includes('?') ? '&' : '?'}after_seq=${frames.lastSeq}`);
      source.onopen = () => setState('live');
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source = null;
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
      for (const type of kind.types) source.addEventListener(type, handle);
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [url, kind]);

  return state;
}
