'use client';

// A hole's taps go into the outbox held, each new value replacing the last, and are let go once
// the golfer pauses, moves to another hole or view, or leaves the page: one write per hole rather
// than one per tap (a fast scorer stays far below the API's per-user rate limit). Held values are
// stored like any other, so a reload keeps them; the next page lets them go after a few seconds.
import { useCallback, useEffect, useRef } from 'react';
import type { RoundWrite } from '@/lib/golf/client/round-writes';
import { newEventId } from '@/lib/offline/event-id';
import type { Outbox } from '@/lib/offline/use-outbox';

export function useHeldWrites(outbox: Pick<Outbox<RoundWrite>, 'add' | 'release'>, idleMs = 1500) {
  const held = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { add, release } = outbox;

  const settle = useCallback(() => {
    clearTimeout(timer.current);
    if (held.current) release(held.current);
    held.current = null;
  }, [release]);

  const hold = useCallback(
    (payload: RoundWrite) => {
      const id = newEventId();
      add({ id, payload, held: true });
      const previous = held.current;
      held.current = id;
      // Nothing to do when the new value replaced it (same hole); another hole's value goes now.
      if (previous) release(previous);
      clearTimeout(timer.current);
      timer.current = setTimeout(settle, idleMs);
    },
    [add, release, settle, idleMs],
  );

  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') settle();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', settle);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', settle);
      clearTimeout(timer.current);
    };
  }, [settle]);

  return { hold, settle };
}
