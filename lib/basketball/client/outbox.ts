// What the scorer's outbox carries for a game, and the rules that are basketball's own: an undo of a
// play still queued waits for that play's seq, and a refused play takes its undo with it. Queueing,
// ordering and retries are lib/offline's; persisted per game so a reload, a crash or a dead battery
// loses nothing that was tapped.
import { type LiveEvent, liveEventTypes } from '@/lib/basketball/live/events';
import type { QueuedItem } from '@/lib/offline/queue';
import type { SenderDeps } from '@/lib/offline/sender';

export interface PlayWrite {
  event: LiveEvent;
  /** An undo of a play still in this queue: its seq is known only once that play is stored. */
  undoOf?: string;
}

export type QueuedEvent = QueuedItem<PlayWrite>;

export interface StoredEventJson {
  id: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
  created_at?: string;
}

export const outboxKey = (gameId: number) => `statline:outbox:basketball-game:${gameId}`;

function isPlayWrite(v: unknown): v is PlayWrite {
  if (!v || typeof v !== 'object') return false;
  const { event, undoOf } = v as Partial<PlayWrite>;
  return (
    typeof event === 'object' &&
    event !== null &&
    liveEventTypes.includes(event.type) &&
    typeof event.data === 'object' &&
    event.data !== null &&
    (undoOf === undefined || typeof undoOf === 'string')
  );
}

/** A phone may still hold plays queued before the outbox was shared, with `event` beside the id. */
function upgrade(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || 'payload' in stored || !('event' in stored)) return stored;
  const { event, undoOf, ...item } = stored as { event: unknown; undoOf?: unknown };
  return { ...item, payload: undoOf === undefined ? { event } : { event, undoOf } };
}

/** What the POST carries: the event flattened beside its id, never an expected seq (two scorers must not block each other). */
export function requestBody(q: QueuedEvent): Record<string, unknown> {
  return { id: q.id, type: q.payload.event.type, ...q.payload.event.data };
}

/** The play as the server stored it, from a POST's answer; null when the body is not that answer. */
export function storedEvent(body: unknown): StoredEventJson | null {
  const data = (body as { data?: StoredEventJson } | null)?.data;
  return typeof data?.seq === 'number' ? data : null;
}

/** What the second tap on a held play adds to it (the assist of a made shot, the block of a miss…). */
export const withData =
  (extra: Record<string, unknown> = {}) =>
  (p: PlayWrite): PlayWrite => ({ ...p, event: { ...p.event, data: { ...p.event.data, ...extra } } as LiveEvent });

export type PlayRules = Pick<
  SenderDeps<PlayWrite>,
  'isPayload' | 'upgrade' | 'accept' | 'afterStored' | 'dependents' | 'unsendable' | 'messages'
>;

export const playRules: PlayRules = {
  isPayload: isPlayWrite,
  upgrade,
  accept: (_item, body) => storedEvent(body) !== null,
  // The events API takes an undo by seq, which a play has only once it is stored.
  afterStored: (items, stored, body) => {
    const seq = storedEvent(body)?.seq ?? 0;
    return items.map((q) => (q.payload.undoOf === stored.id ? { ...q, payload: { event: { type: 'undo', data: { seq } } } } : q));
  },
  // There is nothing left to undo.
  dependents: (items, rejected) => items.filter((q) => q.payload.undoOf === rejected.id),
  // Its play left the queue without a seq it could point at (another tab cancelled it).
  unsendable: (item) => (item.payload.undoOf ? 'Undo dropped: its play was never stored.' : null),
  messages: {
    refused: (status) => `The server refused the play (HTTP ${status}).`,
    dependentDropped: 'Undo dropped: the play it undid was refused.',
  },
};
