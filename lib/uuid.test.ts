import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isUuid, uuidInput } from './uuid';

describe('isUuid', () => {
  it('accepts random and name-based UUIDs in either case', () => {
    const id = randomUUID();
    expect(isUuid(id)).toBe(true);
    expect(isUuid(id.toUpperCase())).toBe(true);
    expect(isUuid('74738ff5-5367-5958-9aee-98fffdcd1876')).toBe(true); // version 5 layout
  });

  it('refuses what is not one', () => {
    for (const s of [
      '',
      'nope',
      '123',
      `${randomUUID()}x`,
      ' 74738ff5-5367-5958-9aee-98fffdcd1876',
      '74738ff5536759589aee98fffdcd1876',
    ]) {
      expect(isUuid(s)).toBe(false);
    }
  });
});

describe('uuidInput', () => {
  it('lower-cases what it accepts and names the problem otherwise', () => {
    expect(uuidInput().parse('74738FF5-5367-5958-9AEE-98FFFDCD1876')).toBe('74738ff5-5367-5958-9aee-98fffdcd1876');
    expect(uuidInput('must be a round id').safeParse('7').error?.issues[0]?.message).toBe('must be a round id');
  });
});
