'use client';

// A game's plays as they are logged, over Server-Sent Events. The browser reconnects by itself
// (resuming from Last-Event-ID); when the server refuses the stream outright we open a new one.
import { useEffect, useRef, useState } from 'react';
import { liveEventTypes } from '@/lib/basketball/live/events';
import type { StoredEventJson } from '@/lib/basketball/live-client/outbox';

export type StreamState = 'connecting' | 'live' | 'reconnecting';

export function useGameStream(gameId: number, afterSeq: number, onEvent: (e: StoredEventJson) => void): StreamState {
  const [state, setState] = useState<StreamState>('connecting');
  const onEventRef = useRef(onEvent);
  const startSeq = useRef(afterSeq);
  useEffect(() => {
    onEventRef.current = onEvent;
  });

  useEffect(() => {
    let lastSeq = startSeq.current;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const handle = (msg: MessageEvent<string>) => {
      try {
        const event = JSON.parse(msg.data) as StoredEventJson;
        lastSeq = Math.max(lastSeq, event.seq);
        onEventRef.current(event);
      } catch {
        // A frame we cannot read is skipped; the next refresh reads the game whole.
      }
    };
    const open = () => {
      source = new EventSource(`/api/v1/basketball/games/${gameId}/stream?after_seq=${lastSeq}`);
      source.onopen = () => setState('live');
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState === EventSource.CLOSED) {
          source = null;
          reopen = setTimeout(open, 5000);
        }
      };
      for (const type of liveEventTypes) source.addEventListener(type, handle);
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [gameId]);

  return state;
}
