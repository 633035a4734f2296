'use client';

// The outbox of one game on this device, wired to the browser: localStorage, fetch, and the
// online/offline and storage events (another tab scoring the same game).
import { useCallback, useEffect, useRef, useState } from 'react';
import { outboxKey, type QueuedEvent } from '@/lib/basketball/live-client/outbox';
import { OutboxSender, type PostResult, type StoredEventJson, type SyncSnapshot } from '@/lib/basketball/live-client/sender';

const empty: SyncSnapshot = { items: [], inFlight: null, stalled: null, retryAt: null, errors: [] };

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function postEvent(gameId: number, body: Record<string, unknown>): Promise<PostResult> {
  const res = await fetch(`/api/v1/basketball/games/${gameId}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    // A request the network swallowed must not hold the queue forever.
    signal: AbortSignal.timeout(15_000),
  });
  const retryAfter = Number(res.headers.get('retry-after'));
  return {
    status: res.status,
    body: await res.json().catch(() => null),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

export interface Outbox {
  snapshot: SyncSnapshot;
  online: boolean;
  add: (item: Omit<QueuedEvent, 'queuedAt' | 'attempts'>) => void;
  release: (id: string, extra?: Record<string, unknown>) => void;
  cancel: (id: string) => void;
  dismissErrors: () => void;
}

export function useOutbox(gameId: number, onStored: (e: StoredEventJson) => void): Outbox {
  const [snapshot, setSnapshot] = useState(empty);
  const [online, setOnline] = useState(true);
  const sender = useRef<OutboxSender | null>(null);
  const onStoredRef = useRef(onStored);
  useEffect(() => {
    onStoredRef.current = onStored;
  });

  useEffect(() => {
    const key = outboxKey(gameId);
    const s = new OutboxSender({
      key,
      storage: localStorageOrNull(),
      post: (body) => postEvent(gameId, body),
      isOnline: () => navigator.onLine,
      onChange: setSnapshot,
      onStored: (e) => onStoredRef.current(e),
    });
    sender.current = s;
    const goOnline = () => {
      setOnline(true);
      s.kick();
    };
    const goOffline = () => setOnline(false);
    const otherTab = (e: StorageEvent) => {
      if (e.key === key) s.kick();
    };
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    window.addEventListener('storage', otherTab);
    setOnline(navigator.onLine);
    // What an earlier visit left queued goes out now.
    s.start();
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('storage', otherTab);
      s.dispose();
      sender.current = null;
    };
  }, [gameId]);

  return {
    snapshot,
    online,
    add: useCallback((item) => sender.current?.add(item), []),
    release: useCallback((id, extra) => sender.current?.release(id, extra), []),
    cancel: useCallback((id) => sender.current?.cancel(id), []),
    dismissErrors: useCallback(() => sender.current?.dismissErrors(), []),
  };
}
