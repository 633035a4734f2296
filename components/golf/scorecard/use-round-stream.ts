'use client';

// A round's log as it is written, over Server-Sent Events: each frame carries the leaderboard after
// the event. The browser reconnects by itself (resuming from Last-Event-ID); when the server refuses
// the stream outright we open a new one.
import { useEffect, useRef, useState } from 'react';
import { parseRoundFrame, type RoundFrame, roundEventNames } from '@/lib/golf/client/stream-frame';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'off';

export function useRoundStream(
  roundId: string,
  afterSeq: number,
  enabled: boolean,
  onFrame: (f: RoundFrame) => void,
): StreamState {
  const [state, setState] = useState<StreamState>(enabled ? 'connecting' : 'off');
  const onFrameRef = useRef(onFrame);
  const startSeq = useRef(afterSeq);
  useEffect(() => {
    onFrameRef.current = onFrame;
  });

  useEffect(() => {
    if (!enabled) return;
    let lastSeq = startSeq.current;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const handle = (msg: MessageEvent<string>) => {
      const frame = parseRoundFrame(msg.data);
      if (!frame) return;
      lastSeq = Math.max(lastSeq, frame.seq);
      onFrameRef.current(frame);
    };
    const open = () => {
      source = new EventSource(`/api/v1/golf/rounds/${roundId}/stream?after_seq=${lastSeq}`);
      source.onopen = () => setState('live');
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source = null;
          reopen = setTimeout(open, 5000);
        }
      };
      for (const type of roundEventNames) source.addEventListener(type, handle);
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [roundId, enabled]);

  return state;
}
