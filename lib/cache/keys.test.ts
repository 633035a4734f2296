import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryKey, newTagVersion, normalizeTags, rateLimitKey, tagKey } from './keys';

describe('cache keys', () => {
  it('lays keys out under the prefix', () => {
    expect(tagKey('statline', 'games')).toBe('statline:tag:games');
    expect(rateLimitKey('statline', 'ip:1')).toBe('statline:rl:ip:1');
    expect(entryKey('statline', 'home', ['abc', null])).toBe('statline:c:home:v=abc.0');
    expect(entryKey('statline', 'home', [])).toBe('statline:c:home:v=');
  });

  it('normalizes tag order and duplicates', () => {
    expect(normalizeTags(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('never maps two different (key, versions) pairs to the same entry key', () => {
    const version = fc.oneof(fc.constant(null), fc.stringMatching(/^[0-9a-z]{1,8}$/));
    const entry = fc.tuple(fc.string(), fc.array(version, { maxLength: 3 }));
    fc.assert(
      fc.property(entry, entry, ([k1, v1], [k2, v2]) => {
        const same = k1 === k2 && v1.length === v2.length && v1.every((v, i) => (v ?? '0') === (v2[i] ?? '0'));
        expect(entryKey('p', k1, v1) === entryKey('p', k2, v2)).toBe(same);
      }),
    );
  });

  it('makes distinct tag versions safe to fold into keys', () => {
    const versions = new Set(Array.from({ length: 1000 }, () => newTagVersion()));
    expect(versions.size).toBe(1000);
    for (const v of versions) expect(v).toMatch(/^[0-9a-z]+$/);
  });
});
