'use client';

// Keeps "My Statline" live: re-renders the page (scores, lists, unread count) when a new
// notification arrives (a followed game starting or ending moves it between lists) and on every
// play of a followed game being played now. One stream per live game plus the user's own stream;
// refreshes are spaced so a burst of plays costs one re-render.
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { liveEventTypes } from '@/lib/basketball/live/events';

export function LiveRefresh({ liveGameIds }: { liveGameIds: number[] }) {
  const router = useRouter();
  const key = liveGameIds.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        router.refresh();
      }, 500);
    };
    const ids = key ? key.split(',') : [];
    const sources = [
      new EventSource('/api/v1/me/notifications/stream'),
      // Only new plays: the page already shows the score up to now.
      ...ids.map((id) => new EventSource(`/api/v1/basketball/games/${id}/stream?after_seq=${Number.MAX_SAFE_INTEGER}`)),
    ];
    sources[0]?.addEventListener('notification', refresh);
    // A game stream's events are named by play type (field_goal, undo, …).
    for (const s of sources.slice(1)) for (const type of liveEventTypes) s.addEventListener(type, refresh);
    return () => {
      if (timer) clearTimeout(timer);
      for (const s of sources) s.close();
    };
  }, [router, key]);
  return null;
}
