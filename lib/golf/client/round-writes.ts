// What the scorecard's outbox carries for a round: a hole's full state for one player (PUT replaces
// the hole, so a retry or a repeat is harmless) or the finish. A later value of the same player's
// hole takes the place of one not sent yet; the finish goes after every hole queued before it.
import type { QueuedItem } from '@/lib/offline/queue';
import { fairways, type HoleEntry } from './hole-entry';

export type RoundWrite =
  | { kind: 'hole'; roundId: string; position: number; hole: number; entry: HoleEntry }
  | { kind: 'finish'; roundId: string };
export type HoleWrite = Extract<RoundWrite, { kind: 'hole' }>;

export const roundOutboxKey = (roundId: string) => `statline:outbox:golf-round:${roundId}`;

const isNullableInt = (v: unknown) => v === null || Number.isInteger(v);

function isEntry(v: unknown): v is HoleEntry {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return (
    Number.isInteger(e.strokes) &&
    isNullableInt(e.putts) &&
    isNullableInt(e.penalties) &&
    (e.fairway === null || fairways.includes(e.fairway as never)) &&
    (e.sand === null || typeof e.sand === 'boolean')
  );
}

export function isRoundWrite(v: unknown): v is RoundWrite {
  if (!v || typeof v !== 'object') return false;
  const w = v as Record<string, unknown>;
  if (typeof w.roundId !== 'string') return false;
  if (w.kind === 'finish') return true;
  return w.kind === 'hole' && Number.isInteger(w.position) && Number.isInteger(w.hole) && isEntry(w.entry);
}

export const sameHole = (a: RoundWrite, b: RoundWrite): boolean =>
  a.kind === 'hole' && b.kind === 'hole' && a.roundId === b.roundId && a.position === b.position && a.hole === b.hole;

export interface WriteRequest {
  url: string;
  method: 'PUT' | 'POST';
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

/** The request for a queued write; the queue id is its idempotency key. */
export function writeRequest(item: QueuedItem<RoundWrite>): WriteRequest {
  const w = item.payload;
  const base = `/api/v1/golf/rounds/${encodeURIComponent(w.roundId)}`;
  if (w.kind === 'finish') return { url: `${base}/finish`, method: 'POST', headers: {} };
  const { strokes, putts, fairway, penalties, sand } = w.entry;
  return {
    url: `${base}/holes/${w.hole}`,
    method: 'PUT',
    headers: { 'idempotency-key': item.id },
    // Position names guests and accounts alike.
    body: { id: item.id, position: w.position, strokes, putts, fairway, penalties, sand },
  };
}

export interface StoredHole {
  position: number;
  hole: number;
  seq: number;
  entry: HoleEntry;
}

/** The hole as the server stored it, from a PUT's answer; null when the body is not that answer. */
export function storedHole(body: unknown): StoredHole | null {
  const d = (body as { data?: Record<string, unknown> } | null)?.data;
  if (!d || !Number.isInteger(d.seq) || !Number.isInteger(d.position) || !Number.isInteger(d.hole)) return null;
  const entry = { strokes: d.strokes, putts: d.putts, fairway: d.fairway, penalties: d.penalties, sand: d.sand };
  if (!isEntry(entry)) return null;
  return { position: d.position as number, hole: d.hole as number, seq: d.seq as number, entry };
}

/** A 2xx answer counts only when it is the one expected: the stored hole, or the finished round. */
export function isStoredAnswer(write: RoundWrite, body: unknown): boolean {
  if (write.kind === 'hole') return storedHole(body) !== null;
  return typeof (body as { data?: { status?: unknown } } | null)?.data?.status === 'string';
}
