import { describe, expect, it } from 'vitest';
import type { QueuedItem } from '@/lib/offline/queue';
import { cardCells, cardTotals, firstOpenHole, newerRound, pruneConfirmed } from './card';
import type { HoleEntry } from './hole-entry';
import type { RoundWrite } from './round-writes';

const e = (strokes: number, putts: number | null = null): HoleEntry => ({
  strokes,
  putts,
  fairway: null,
  penalties: null,
  sand: null,
});
const par = [4, 4, 3, 5, 4, 4, 3, 4, 5, 4, 3, 4, 5, 4, 4, 3, 4, 5];
const queued = (payload: RoundWrite): QueuedItem<RoundWrite> => ({ id: 'q', payload, queuedAt: 0, attempts: 0 });

describe('cardCells', () => {
  const round = {
    last_seq: 10,
    players: [
      {
        position: 1,
        scores: [
          { hole: 1, ...e(5) },
          { hole: 2, ...e(4) },
        ],
      },
      { position: 2, scores: [] },
    ],
  };

  it('lays confirmed holes newer than the snapshot, then the outbox, over the server round', () => {
    const cells = cardCells(
      round,
      [
        { position: 1, hole: 1, seq: 9, entry: e(9) }, // older than the snapshot: ignored
        { position: 1, hole: 2, seq: 11, entry: e(3) },
      ],
      [queued({ kind: 'hole', roundId: 'r', position: 2, hole: 1, entry: e(6) }), queued({ kind: 'finish', roundId: 'r' })],
    );
    expect(cells.get(1)?.get(1)).toMatchObject({ strokes: 5, pending: false });
    expect(cells.get(1)?.get(2)).toMatchObject({ strokes: 3, pending: false });
    expect(cells.get(2)?.get(1)).toMatchObject({ strokes: 6, pending: true });
  });

  it('keeps the newer snapshot and drops confirmations it includes', () => {
    expect(newerRound({ last_seq: 5 }, { last_seq: 4 })).toEqual({ last_seq: 5 });
    expect(newerRound({ last_seq: 5 }, { last_seq: 6 })).toEqual({ last_seq: 6 });
    const confirmed = [
      { position: 1, hole: 1, seq: 4, entry: e(4) },
      { position: 1, hole: 2, seq: 7, entry: e(4) },
    ];
    expect(pruneConfirmed(confirmed, 5).map((c) => c.seq)).toEqual([7]);
  });
});

describe('cardTotals', () => {
  it('adds out, in and total, and the score to par over the holes played', () => {
    const cells = new Map([
      [1, { ...e(5, 2), pending: false }],
      [3, { ...e(2, 1), pending: false }],
      [10, { ...e(6), pending: true }],
    ]);
    expect(cardTotals(par, cells)).toEqual({ out: 7, in: 6, total: 13, thru: 3, toPar: 13 - 11, putts: 3 });
    expect(cardTotals(par, undefined)).toEqual({ out: null, in: null, total: null, thru: 0, toPar: null, putts: null });
    expect(cardTotals(par.slice(0, 9), cells).in).toBeNull();
  });

  it('finds the first hole to play', () => {
    const cells = new Map([
      [1, { ...e(5), pending: false }],
      [2, { ...e(5), pending: false }],
    ]);
    expect(firstOpenHole(18, cells)).toBe(3);
    expect(firstOpenHole(2, cells)).toBeNull();
  });
});
