import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { uuidFrom } from './ids';

describe('deterministic ids', () => {
  it('gives the same valid UUID for the same parts, and different ones otherwise', () => {
    const a = uuidFrom('round-finished', 'abc');
    expect(z.uuid().safeParse(a).success).toBe(true);
    expect(a[14]).toBe('5');
    expect(uuidFrom('round-finished', 'abc')).toBe(a);
    expect(uuidFrom('round-finished', 'abd')).not.toBe(a);
    expect(uuidFrom('achievement', 'u', 'broke_90', 'r')).not.toBe(uuidFrom('achievement', 'u', 'broke_80', 'r'));
  });
});
