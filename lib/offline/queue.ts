// An outbox: writes made on this device and not yet stored by the server, in the order they were
// made. Pure functions over a plain array; `sender.ts` does the I/O. Generic over what a write
// carries (`P`), so each sport keeps only its own payload, request and merge rules.

export interface QueuedItem<P> {
  /** The idempotency key, made with the write: every retry sends the same one, so it is stored once. */
  id: string;
  payload: P;
  /** Waiting for a second tap: kept, but nothing behind it is sent. */
  held?: boolean;
  queuedAt: number;
  /** Sends tried so far; after one, the server may have the write even if we never heard back. */
  attempts: number;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isItemOf<P>(v: unknown, isPayload: (p: unknown) => p is P): v is QueuedItem<P> {
  if (!v || typeof v !== 'object') return false;
  const q = v as Partial<QueuedItem<unknown>>;
  return typeof q.id === 'string' && typeof q.queuedAt === 'number' && typeof q.attempts === 'number' && isPayload(q.payload);
}

/**
 * The stored queue; anything unreadable is skipped rather than blocking the writes behind it.
 * `upgrade` turns an entry stored by an older page into today's shape, so a deploy loses no write.
 */
export function readQueue<P>(
  storage: StorageLike,
  key: string,
  isPayload: (p: unknown) => p is P,
  upgrade: (stored: unknown) => unknown = (v) => v,
): QueuedItem<P>[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.map(upgrade).filter((v): v is QueuedItem<P> => isItemOf(v, isPayload)) : [];
  } catch {
    return [];
  }
}

export function writeQueue<P>(storage: StorageLike, key: string, items: readonly QueuedItem<P>[]): void {
  if (items.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(items));
}

/** The next write to send, unless the queue is waiting on a second tap. */
export function head<P>(items: readonly QueuedItem<P>[]): QueuedItem<P> | null {
  const first = items[0];
  return first && !first.held ? first : null;
}

/** Whether a queued write can simply be forgotten or replaced: never sent, so the server cannot have it. */
export const unsent = <P>(q: QueuedItem<P>, inFlight: string | null = null) => q.attempts === 0 && q.id !== inFlight;

/**
 * Adds a write at the end, or in the place of an unsent write it supersedes (a later value of the
 * same thing, e.g. the same hole tapped again, held or not): the server then gets only the latest
 * value. A write already tried is never replaced (the server may have it), so the new value goes after it.
 */
export function enqueue<P>(
  items: readonly QueuedItem<P>[],
  item: QueuedItem<P>,
  supersedes?: (queued: P, next: P) => boolean,
): QueuedItem<P>[] {
  const at = supersedes ? items.findIndex((q) => unsent(q) && supersedes(q.payload, item.payload)) : -1;
  // Sending goes strictly from the head, so every write already tried is ahead of `at`.
  return at < 0 ? [...items, item] : items.map((q, i) => (i === at ? item : q));
}

/** Lets a held write go, with whatever the second tap changed in its payload. */
export function release<P>(items: readonly QueuedItem<P>[], id: string, change: (p: P) => P = (p) => p): QueuedItem<P>[] {
  return items.map((q) => (q.id === id ? { ...q, held: false, payload: change(q.payload) } : q));
}

export const markAttempt = <P>(items: readonly QueuedItem<P>[], id: string): QueuedItem<P>[] =>
  items.map((q) => (q.id === id ? { ...q, attempts: q.attempts + 1 } : q));

export const remove = <P>(items: readonly QueuedItem<P>[], id: string): QueuedItem<P>[] => items.filter((q) => q.id !== id);
