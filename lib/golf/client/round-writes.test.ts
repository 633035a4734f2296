import { describe, expect, it } from 'vitest';
import type { HoleEntry } from './hole-entry';
import { isRoundWrite, isStoredAnswer, type RoundWrite, sameHole, storedHole, writeRequest } from './round-writes';

const entry: HoleEntry = { strokes: 5, putts: 2, fairway: 'left', penalties: null, sand: false };
const hole = (position: number, n: number): RoundWrite => ({ kind: 'hole', roundId: 'r1', position, hole: n, entry });

describe('round writes', () => {
  it('recognises what it stored and skips anything else', () => {
    expect(isRoundWrite(hole(1, 3))).toBe(true);
    expect(isRoundWrite({ kind: 'finish', roundId: 'r1' })).toBe(true);
    expect(isRoundWrite({ kind: 'hole', roundId: 'r1', position: 1, hole: 3, entry: { strokes: 'x' } })).toBe(false);
    expect(isRoundWrite({ kind: 'hole', roundId: 'r1', position: 1, hole: 3, entry: { ...entry, fairway: 'long' } })).toBe(false);
    expect(isRoundWrite(null)).toBe(false);
  });

  it('a later value supersedes only the same player on the same hole', () => {
    expect(sameHole(hole(1, 3), hole(1, 3))).toBe(true);
    expect(sameHole(hole(1, 3), hole(2, 3))).toBe(false);
    expect(sameHole(hole(1, 3), hole(1, 4))).toBe(false);
    expect(sameHole({ kind: 'finish', roundId: 'r1' }, { kind: 'finish', roundId: 'r1' })).toBe(false);
  });

  it('PUTs the whole hole with its idempotency key, and POSTs the finish', () => {
    expect(writeRequest({ id: 'k1', payload: hole(2, 7), queuedAt: 0, attempts: 0 })).toEqual({
      url: '/api/v1/golf/rounds/r1/holes/7',
      method: 'PUT',
      headers: { 'idempotency-key': 'k1' },
      body: { id: 'k1', position: 2, strokes: 5, putts: 2, fairway: 'left', penalties: null, sand: false },
    });
    expect(writeRequest({ id: 'k2', payload: { kind: 'finish', roundId: 'r1' }, queuedAt: 0, attempts: 0 })).toEqual({
      url: '/api/v1/golf/rounds/r1/finish',
      method: 'POST',
      headers: {},
    });
  });

  it('reads the stored hole from the answer and knows a finished round', () => {
    const body = { data: { round_id: 'r1', position: 2, hole: 7, seq: 12, changed: true, ...entry } };
    expect(storedHole(body)).toEqual({ position: 2, hole: 7, seq: 12, entry });
    expect(storedHole({ data: { position: 2 } })).toBeNull();
    expect(isStoredAnswer(hole(2, 7), body)).toBe(true);
    expect(isStoredAnswer(hole(2, 7), { data: {} })).toBe(false);
    expect(isStoredAnswer({ kind: 'finish', roundId: 'r1' }, { data: { status: 'finished' } })).toBe(true);
  });
});
