'use client';

// The spectator's copy of a game: the server-rendered box score and feed, refreshed from the API
// whenever the stream says something happened. Bursts of plays cost one refresh (debounced), and
// one refresh runs at a time so an old answer never overwrites a newer one.
import { useEffect, useRef, useState } from 'react';
import { lastPlaySeq, mergePlays, type PlayJson } from '@/lib/basketball/client/plays';
import type { BoxscoreView } from '@/lib/basketball/scoring/views';
import type { StreamState } from '@/lib/events/client/use-event-stream';
import { useGameStream } from './use-game-stream';

const DEBOUNCE_MS = 150;

async function getJson(
  url: string,
): Promise<{ ok: true; data: unknown; meta?: Record<string, unknown> } | { ok: false; retryMs: number }> {
  const res = await fetch(url, { cache: 'no-store' });
  if (res.ok) return { ok: true, ...((await res.json()) as { data: unknown; meta?: Record<string, unknown> }) };
  const retryAfter = Number(res.headers.get('retry-after'));
  return { ok: false, retryMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 3000 };
}

export function useLiveGame(
  gameId: number,
  initialBox: BoxscoreView,
  initialPlays: PlayJson[],
): { box: BoxscoreView; plays: PlayJson[]; connection: StreamState; serverOffsetMs: number } {
  const [box, setBox] = useState(initialBox);
  const [serverOffsetMs, setServerOffsetMs] = useState(0);
  const [plays, setPlays] = useState(initialPlays);
  const lastSeq = useRef(lastPlaySeq(initialPlays));
  const work = useRef({
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    running: false,
    again: false,
    full: false,
  });

  const schedule = (full: boolean, delay = DEBOUNCE_MS) => {
    const w = work.current;
    w.full ||= full;
    if (w.running) {
      w.again = true;
      return;
    }
    clearTimeout(w.timer);
    w.timer = setTimeout(refresh, delay);
  };

  async function refresh() {
    const w = work.current;
    w.running = true;
    // An undo or a correction re-scores every play after the one it changes: read the whole feed again.
    const after = w.full ? 0 : lastSeq.current;
    w.full = false;
    let retryMs: number | null = null;
    try {
      const base = `/api/v1/basketball/games/${gameId}`;
      const [b, p] = await Promise.all([
        getJson(`${base}/boxscore`),
        getJson(`${base}/plays${after ? `?after_seq=${after}` : ''}`),
      ]);
      if (b.ok && p.ok) {
        setBox(b.data as BoxscoreView);
        const serverTime = Date.parse(String(b.meta?.server_time));
        if (Number.isFinite(serverTime)) setServerOffsetMs(serverTime - Date.now());
        setPlays((current) => {
          const merged = mergePlays(current, p.data as PlayJson[], after);
          lastSeq.current = lastPlaySeq(merged);
          return merged;
        });
      } else {
        retryMs = Math.max(b.ok ? 0 : b.retryMs, p.ok ? 0 : p.retryMs);
        w.full ||= after === 0;
      }
    } catch {
      retryMs = 3000;
      w.full ||= after === 0;
    } finally {
      w.running = false;
      if (retryMs !== null) schedule(false, retryMs);
      else if (w.again) {
        w.again = false;
        schedule(false);
      }
    }
  }

  useEffect(() => () => clearTimeout(work.current.timer), []);
  const connection = useGameStream(gameId, initialBox.state.last_seq, (e) =>
    schedule(e.type === 'undo' || e.type === 'play_corrected'),
  );
  return { box, plays, connection, serverOffsetMs };
}
