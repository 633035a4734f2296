'use client';

// The round as the server last told us, kept to the newest snapshot: refetched (coalesced) when
// the stream says something changed or the network comes back, replaced by a finish's answer.
import { useCallback, useEffect, useRef, useState } from 'react';
import { newerRound } from '@/lib/golf/client/card';
import type { RoundView } from '@/lib/golf/rounds/views';

export function useRound(initial: RoundView) {
  const [round, setRound] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const id = initial.id;

  const fetchNow = useCallback(async () => {
    try {
      const res = await fetch(`/api/v1/golf/rounds/${id}`, { cache: 'no-store' });
      if (!res.ok) return;
      const body = (await res.json()) as { data: RoundView };
      setRound((r) => newerRound(r, body.data));
    } catch {
      // Offline: the next event or the online event tries again.
    }
  }, [id]);

  /** Several events in a burst (a group scoring the same hole) make one request. */
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(fetchNow, 400);
  }, [fetchNow]);

  const replace = useCallback((next: RoundView) => setRound((r) => newerRound(r, next)), []);

  useEffect(() => {
    window.addEventListener('online', refresh);
    return () => {
      window.removeEventListener('online', refresh);
      clearTimeout(timer.current);
    };
  }, [refresh]);

  return { round, refresh, replace };
}
