import { describe, expect, it } from 'vitest';
import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each(['abc', 'req-123_4.5:6', 'A'.repeat(128), '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9'])('honours a sane id %j', (id) => {
    expect(requestIdFrom(new Headers({ 'X-Request-Id': id }))).toBe(id);
  });

  it.each(['', 'has space', 'a/b', 'semi;colon', '<script>', 'ümlaut', 'A'.repeat(129), 'a, b'])(
    'replaces an unsafe id %j with a fresh UUID',
    (id) => {
      const got = requestIdFrom(new Headers({ 'x-request-id': id }));
      expect(got).not.toBe(id);
      expect(got).toMatch(UUID);
    },
  );

  it('makes a different UUID for each request without an id', () => {
    const a = requestIdFrom(new Headers());
    const b = requestIdFrom(new Headers());
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });
});
