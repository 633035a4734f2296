// In-process fixed windows in front of the shared counters. A burst from one caller is counted here
// synchronously, so once this process has seen more than the limit in a window it refuses without
// asking Redis: the shared store sees at most `limit` checks per key per process and window, however
// many requests arrive at once, and a slow or unreachable store cannot turn a burst into a free pass.
import { LRUCache } from 'lru-cache';

interface Window {
  count: number;
  /** performance.now() at which the window ends. */
  resetAt: number;
}

export interface LocalWindows {
  /** Counts one hit on `key` and returns this process's count in the current window. */
  hit(key: string, windowSeconds: number): { count: number; resetMs: number };
  /**
   * Adopts what the shared store answered: its count (hits from every replica) when higher, and its
   * window's end, so the local window closes when the shared one does.
   */
  adopt(key: string, sharedCount: number, ttlMs: number): void;
}

/** `maxKeys` bounds memory; a key pushed out only loses its local head start, never the shared count. */
export function createLocalWindows(maxKeys = 10_000): LocalWindows {
  const windows = new LRUCache<string, Window>({ max: maxKeys });
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    return w && w.resetAt > now ? w : undefined;
  };
  return {
    hit(key, windowSeconds) {
      const now = performance.now();
      const w = current(key, now) ?? { count: 0, resetAt: now + windowSeconds * 1000 };
      w.count++;
      windows.set(key, w);
      return { count: w.count, resetMs: Math.max(1, Math.ceil(w.resetAt - now)) };
    },
    adopt(key, sharedCount, ttlMs) {
      const now = performance.now();
      const w = current(key, now);
      if (!w) return;
      w.count = Math.max(w.count, sharedCount);
      if (ttlMs > 0) w.resetAt = now + ttlMs;
    },
  };
}
