'use client';

// An outbox on this device, wired to the browser: localStorage, the online/offline events, and the
// storage event (another tab writing to the same outbox). What is sent and how comes from `config`.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QueuedItem } from './queue';
import { emptySnapshot, OutboxSender, type SenderDeps, type SyncSnapshot } from './sender';

export type OutboxConfig<P> = Pick<
  SenderDeps<P>,
  | 'key'
  | 'isPayload'
  | 'upgrade'
  | 'send'
  | 'accept'
  | 'supersedes'
  | 'afterStored'
  | 'dependents'
  | 'unsendable'
  | 'messages'
  | 'onStored'
>;

export interface Outbox<P> {
  snapshot: SyncSnapshot<P>;
  online: boolean;
  add: (item: Pick<QueuedItem<P>, 'id' | 'payload' | 'held'>) => void;
  release: (id: string, change?: (p: P) => P) => void;
  cancel: (id: string) => void;
  dismissErrors: () => void;
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useOutbox<P>(config: OutboxConfig<P>): Outbox<P> {
  const [snapshot, setSnapshot] = useState<SyncSnapshot<P>>(emptySnapshot);
  const [online, setOnline] = useState(true);
  const sender = useRef<OutboxSender<P> | null>(null);
  // The latest callbacks without restarting the sender: only a new key opens a new queue.
  const latest = useRef(config);
  useEffect(() => {
    latest.current = config;
  });
  const { key } = config;

  useEffect(() => {
    const c = () => latest.current;
    const s = new OutboxSender<P>({
      key,
      storage: localStorageOrNull(),
      isPayload: (v): v is P => c().isPayload(v),
      upgrade: (v) => (c().upgrade ?? ((same) => same))(v),
      send: (item) => c().send(item),
      accept: (item, body) => c().accept?.(item, body) ?? true,
      supersedes: (a, b) => c().supersedes?.(a, b) ?? false,
      afterStored: (items, stored, body) => c().afterStored?.(items, stored, body) ?? items,
      dependents: (items, rejected) => c().dependents?.(items, rejected) ?? [],
      unsendable: (item) => c().unsendable?.(item) ?? null,
      get messages() {
        return c().messages;
      },
      onStored: (item, body) => c().onStored?.(item, body),
      isOnline: () => navigator.onLine,
      onChange: setSnapshot,
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
  }, [key]);

  return {
    snapshot,
    online,
    add: useCallback((item) => sender.current?.add(item), []),
    release: useCallback((id, change) => sender.current?.release(id, change), []),
    cancel: useCallback((id) => sender.current?.cancel(id), []),
    dismissErrors: useCallback(() => sender.current?.dismissErrors(), []),
  };
}
