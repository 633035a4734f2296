// The scorer's outbox: plays recorded on this device and not yet stored by the server, in tap order.
// Pure functions over a plain array; `sender.ts` does the I/O. Persisted per game so a reload, a
// crash or a dead battery loses nothing that was tapped.
import { type LiveEvent, liveEventTypes } from '@/lib/basketball/live/events';
import { apiErrorMessage } from './api-error';

export interface QueuedEvent {
  /** The idempotency key, made at the tap: every retry sends the same one, so a play is stored once. */
  id: string;
  event: LiveEvent;
  /** An undo of a play still in this queue: its seq is known only once that play is stored. */
  undoOf?: string;
  /** Waiting for an optional second tap (the assist of a made shot…): kept, but nothing after it is sent. */
  held?: boolean;
  queuedAt: number;
  /** Sends tried so far; after one, the server may have the play even if we never heard back. */
  attempts: number;
}

export const outboxKey = (gameId: number) => `statline:outbox:basketball-game:${gameId}`;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isQueuedEvent(v: unknown): v is QueuedEvent {
  if (!v || typeof v !== 'object') return false;
  const q = v as Partial<QueuedEvent>;
  return (
    typeof q.id === 'string' &&
    typeof q.queuedAt === 'number' &&
    typeof q.attempts === 'number' &&
    typeof q.event === 'object' &&
    q.event !== null &&
    liveEventTypes.includes(q.event.type) &&
    typeof q.event.data === 'object' &&
    q.event.data !== null
  );
}

/** The stored queue; anything unreadable is skipped rather than blocking the scorer. */
export function readOutbox(storage: StorageLike, key: string): QueuedEvent[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isQueuedEvent) : [];
  } catch {
    return [];
  }
}

export function writeOutbox(storage: StorageLike, key: string, items: QueuedEvent[]): void {
  if (items.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(items));
}

/** The next play to send, if the queue is not waiting on a second tap. */
export function head(items: readonly QueuedEvent[]): QueuedEvent | null {
  const first = items[0];
  return first && !first.held ? first : null;
}

export const enqueue = (items: readonly QueuedEvent[], item: QueuedEvent): QueuedEvent[] => [...items, item];

/** Lets a held play go, with whatever the second tap added to its data. */
export function release(items: readonly QueuedEvent[], id: string, extra: Record<string, unknown> = {}): QueuedEvent[] {
  return items.map((q) =>
    q.id === id ? ({ ...q, held: false, event: { ...q.event, data: { ...q.event.data, ...extra } } } as QueuedEvent) : q,
  );
}

export const markAttempt = (items: readonly QueuedEvent[], id: string): QueuedEvent[] =>
  items.map((q) => (q.id === id ? { ...q, attempts: q.attempts + 1 } : q));

/** The server has the play as `seq`: drop it, and point undos waiting for it at that seq. */
export function settleStored(items: readonly QueuedEvent[], id: string, seq: number): QueuedEvent[] {
  return items
    .filter((q) => q.id !== id)
    .map((q) =>
      q.undoOf === id ? { id: q.id, event: { type: 'undo', data: { seq } }, queuedAt: q.queuedAt, attempts: q.attempts } : q,
    );
}

/** The server refused the play: drop it and any undo of it (there is nothing left to undo). */
export function settleRejected(items: readonly QueuedEvent[], id: string): { items: QueuedEvent[]; dropped: QueuedEvent[] } {
  const dropped = items.filter((q) => q.undoOf === id);
  return { items: items.filter((q) => q.id !== id && q.undoOf !== id), dropped };
}

/** Whether a queued play can simply be forgotten: never sent, so the server cannot have it. */
export const cancellable = (q: QueuedEvent, inFlight: string | null) => q.attempts === 0 && q.id !== inFlight;

export function cancel(items: readonly QueuedEvent[], id: string): QueuedEvent[] {
  return items.filter((q) => q.id !== id && q.undoOf !== id);
}

/** What the POST carries: the event flattened beside its id, never an expected seq (two scorers must not block each other). */
export function requestBody(q: QueuedEvent): Record<string, unknown> {
  return { id: q.id, type: q.event.type, ...q.event.data };
}

export type SendOutcome =
  | { kind: 'stored'; seq: number }
  | { kind: 'rejected'; message: string }
  | { kind: 'retry'; delayMs?: number }
  | { kind: 'signed_out' };

/**
 * What an answer to a POST means for the queue. A play the server refuses (bad shape, broken rule,
 * id reused) will never pass, so it leaves the queue with its message instead of blocking every
 * play behind it; anything that may pass later (overload, outage, rate limit) is retried.
 */
export function classify(status: number, body: unknown, retryAfterSeconds: number | null = null): SendOutcome {
  if (status >= 200 && status < 300) {
    const seq = (body as { data?: { seq?: unknown } } | null)?.data?.seq;
    return typeof seq === 'number' ? { kind: 'stored', seq } : { kind: 'retry' };
  }
  if (status === 401) return { kind: 'signed_out' };
  if (status === 408 || status === 429 || status >= 500) {
    return retryAfterSeconds !== null ? { kind: 'retry', delayMs: retryAfterSeconds * 1000 } : { kind: 'retry' };
  }
  return { kind: 'rejected', message: apiErrorMessage(body) ?? `The server refused the play (HTTP ${status}).` };
}

/** Exponential backoff: 1 s, 2 s, 4 s… capped at 30 s; `random` spreads retries of many phones apart. */
export function retryDelay(attempts: number, random = 0.5): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random * 0.5));
}
