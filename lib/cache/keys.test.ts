import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newTagVersion, normalizeTags, rateLimitKey, slotKey, tagKey, versionStamp } from './keys';

describe('cache keys', () => {
  it('lays keys out under the prefix', () => {
    expect(tagKey('statline', 'games')).toBe('statline:tag:games');
    expect(rateLimitKey('statline', 'ip:1')).toBe('statline:rl:ip:1');
    expect(slotKey('statline', 'home')).toBe('statline:c:home');
    expect(versionStamp(['abc', null, undefined])).toBe('abc.0.0');
    expect(versionStamp([])).toBe('');
  });

  it('normalizes tag order and duplicates', () => {
    expect(normalizeTags(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });

  it('never gives two different version lists the same stamp', () => {
    const version = fc.oneof(fc.constant(null), fc.stringMatching(/^[0-9a-z]{1,8}$/));
    const list = fc.array(version, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(list, list, (v1, v2) => {
        const same = v1.length === v2.length && v1.every((v, i) => (v ?? '0') === (v2[i] ?? '0'));
        expect(versionStamp(v1) === versionStamp(v2)).toBe(same);
      }),
    );
  });

  it('makes distinct tag versions safe to fold into keys', () => {
    const versions = new Set(Array.from({ length: 1000 }, () => newTagVersion()));
    expect(versions.size).toBe(1000);
    for (const v of versions) expect(v).toMatch(/^[0-9a-z]+$/);
  });
});
