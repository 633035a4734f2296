import { describe, expect, it } from 'vitest';
import { lastSeenSeq } from './last-event-id';

const headers = (id?: string) => new Headers(id === undefined ? {} : { 'last-event-id': id });

describe('lastSeenSeq', () => {
  it('takes Last-Event-ID over after_seq', () => {
    expect(lastSeenSeq(headers('12'), 3)).toBe(12);
    expect(lastSeenSeq(headers('0'), 3)).toBe(0);
  });

  it('falls back to after_seq, then to the start, when the header is missing or no seq', () => {
    expect(lastSeenSeq(headers(), 3)).toBe(3);
    expect(lastSeenSeq(headers(), undefined)).toBe(0);
    for (const junk of ['', 'abc', '-1', '99999999999999999999']) expect(lastSeenSeq(headers(junk), 5)).toBe(5);
  });
});
