import { describe, expect, it } from 'vitest';
import { frameReader, parseSeqFrame, type SeqFrame } from './frames';

const frame = (seq: number, extra: Record<string, unknown> = {}) => JSON.stringify({ seq, ...extra });

describe('parseSeqFrame', () => {
  it('reads a JSON object with a numeric seq, keeping the rest', () => {
    expect(parseSeqFrame(frame(4, { type: 'foul', data: { x: 1 } }))).toEqual({ seq: 4, type: 'foul', data: { x: 1 } });
  });

  it('refuses what is not such an object', () => {
    for (const data of ['{', '', 'null', '7', '"seq"', '[1]', '{"type":"foul"}', '{"seq":"4"}', '{"seq":null}']) {
      expect(parseSeqFrame(data), data).toBeNull();
    }
  });
});

describe('frameReader', () => {
  const takeAll = (afterSeq: number, seqs: (number | string)[]) => {
    const reader = frameReader<SeqFrame>(parseSeqFrame, afterSeq);
    const taken = seqs.map((s) => reader.take(typeof s === 'number' ? frame(s) : s)?.seq ?? null);
    return { taken, lastSeq: reader.lastSeq };
  };

  it('takes frames past the start in seq order, gaps included', () => {
    expect(takeAll(0, [1, 2, 3, 5])).toEqual({ taken: [1, 2, 3, 5], lastSeq: 5 });
    expect(takeAll(10, [11, 14])).toEqual({ taken: [11, 14], lastSeq: 14 });
  });

  it('skips what the page already has: the start and anything not past the last seq taken', () => {
    expect(takeAll(3, [2, 3, 4])).toEqual({ taken: [null, null, 4], lastSeq: 4 });
    expect(takeAll(0, [1, 2, 2, 1, 3])).toEqual({ taken: [1, 2, null, null, 3], lastSeq: 3 });
    expect(takeAll(0, [5, 4, 6])).toEqual({ taken: [5, null, 6], lastSeq: 6 });
  });

  it('skips an unreadable frame without moving on', () => {
    expect(takeAll(2, ['{', '{"seq":"9"}', 3])).toEqual({ taken: [null, null, 3], lastSeq: 3 });
  });

  it('hands back what the read made of the frame', () => {
    const reader = frameReader((data) => {
      const v = parseSeqFrame(data);
      return v && typeof v.type === 'string' ? { seq: v.seq, type: v.type } : null;
    }, 0);
    expect(reader.take(frame(1, { type: 'hole_scored', extra: true }))).toEqual({ seq: 1, type: 'hole_scored' });
    // A frame its read refuses does not use up its seq.
    expect(reader.take(frame(2))).toBeNull();
    expect(reader.take(frame(2, { type: 'round_finished' }))).toEqual({ seq: 2, type: 'round_finished' });
  });
});
