import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

/** Deep copy of a JSON value with every object's keys re-inserted in a seeded random order. */
function shuffledKeys(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffledKeys(v, rand));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffledKeys(v, rand)]));
}

/** Small deterministic PRNG (mulberry32) so fast-check can shrink and replay. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('canonicalJson', () => {
  it('sorts object keys at every depth', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: { q: 2, p: 1 } }], c: null } };
    const b = { a: { c: null, d: [{ x: { p: 1, q: 2 }, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"x":{"p":1,"q":2},"y":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson({ k: ['b', 'a'] })).not.toBe(canonicalJson({ k: ['a', 'b'] }));
    expect(canonicalJson([{ b: 1, a: 2 }, { a: 3 }])).toBe('[{"a":2,"b":1},{"a":3}]');
  });

  it.each([null, true, 0, -1.5, 'text', '', [], {}])('matches JSON.stringify for %j', (value) => {
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  it('tells different values apart', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: { b: 1 } })).not.toBe(canonicalJson({ a: { b: 2 } }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 1, b: 2 }));
  });

  it('is independent of key order for random JSON values (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, seed) => {
        const copy = shuffledKeys(value, prng(seed));
        expect(canonicalJson(copy)).toBe(canonicalJson(value));
      }),
    );
  });

  it('round-trips to the same JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
