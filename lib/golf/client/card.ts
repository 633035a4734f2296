// The scorecard as this device shows it: the server's round, then holes the server confirmed after
// that snapshot, then the writes still in the outbox — so a tap shows at once, offline too, and a
// late snapshot never hides a newer confirmed hole.
import type { QueuedItem } from '@/lib/offline/queue';
import type { HoleEntry } from './hole-entry';
import type { RoundWrite, StoredHole } from './round-writes';

export interface CardCell extends HoleEntry {
  /** Still in the outbox: shown, not yet stored. */
  pending: boolean;
}
export type PlayerCells = Map<number, CardCell>;

export interface RoundSnapshot {
  last_seq: number;
  players: { position: number; scores: ({ hole: number } & HoleEntry)[] }[];
}

const cell = (e: HoleEntry, pending: boolean): CardCell => ({
  strokes: e.strokes,
  putts: e.putts,
  fairway: e.fairway,
  penalties: e.penalties,
  sand: e.sand,
  pending,
});

/** Every player's holes by position, then by hole. */
export function cardCells(
  round: RoundSnapshot,
  confirmed: readonly StoredHole[],
  pending: readonly QueuedItem<RoundWrite>[],
): Map<number, PlayerCells> {
  const byPosition = new Map<number, PlayerCells>();
  const of = (position: number) => {
    const m = byPosition.get(position) ?? new Map<number, CardCell>();
    byPosition.set(position, m);
    return m;
  };
  for (const p of round.players) for (const s of p.scores) of(p.position).set(s.hole, cell(s, false));
  for (const c of confirmed) if (c.seq > round.last_seq) of(c.position).set(c.hole, cell(c.entry, false));
  for (const q of pending) if (q.payload.kind === 'hole') of(q.payload.position).set(q.payload.hole, cell(q.payload.entry, true));
  return byPosition;
}

/** Confirmed holes a newer snapshot already includes are no longer needed. */
export const pruneConfirmed = (confirmed: readonly StoredHole[], lastSeq: number): StoredHole[] =>
  confirmed.filter((c) => c.seq > lastSeq);

/** The newer of two snapshots of the round (by the last seq of its log). */
export const newerRound = <R extends { last_seq: number }>(current: R, incoming: R): R =>
  incoming.last_seq >= current.last_seq ? incoming : current;

export interface CardTotals {
  out: number | null;
  in: number | null;
  total: number | null;
  thru: number;
  /** Over the holes scored so far. */
  toPar: number | null;
  putts: number | null;
}

export function cardTotals(par: readonly number[], cells: PlayerCells | undefined): CardTotals {
  const sum = (from: number, to: number) => {
    let total: number | null = null;
    for (let h = from; h <= Math.min(to, par.length); h++) {
      const c = cells?.get(h);
      if (c) total = (total ?? 0) + c.strokes;
    }
    return total;
  };
  let toPar: number | null = null;
  let putts: number | null = null;
  let thru = 0;
  for (const [hole, c] of cells ?? []) {
    const holePar = par[hole - 1];
    if (holePar === undefined) continue;
    thru++;
    toPar = (toPar ?? 0) + c.strokes - holePar;
    if (c.putts !== null) putts = (putts ?? 0) + c.putts;
  }
  return { out: sum(1, 9), in: par.length > 9 ? sum(10, 18) : null, total: sum(1, 18), thru, toPar, putts };
}

/** Where to open the card: the first hole this player has not scored, or null when all are. */
export function firstOpenHole(holes: number, cells: PlayerCells | undefined): number | null {
  for (let h = 1; h <= holes; h++) if (!cells?.has(h)) return h;
  return null;
}
