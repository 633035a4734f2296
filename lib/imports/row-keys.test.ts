import { describe, expect, it } from 'vitest';
import { RowKeys } from './row-keys';

describe('RowKeys', () => {
  it('finds the first row of a repeated key and tells apart keys that differ in any part', () => {
    const keys = new RowKeys([17, 8, 28]);
    expect(keys.firstRow(['2024-10-22', 'BOS', 'Jayson Tatum'], 2)).toBeUndefined();
    expect(keys.firstRow(['2024-10-22', 'BOS', 'Jrue Holiday'], 3)).toBeUndefined();
    expect(keys.firstRow(['2024-10-23', 'BOS', 'Jayson Tatum'], 4)).toBeUndefined();
    expect(keys.firstRow(['2024-10-22', 'NYK', 'Jayson Tatum'], 5)).toBeUndefined();
    expect(keys.firstRow(['2024-10-22', 'BOS', 'Jayson Tatum'], 9)).toBe(2);
    expect(keys.firstRow(['2024-10-22', 'BOS', 'Jayson Tatum'], 10)).toBe(2);
  });

  it('keeps parts apart whatever they contain (no separator to collide on)', () => {
    const keys = new RowKeys([20, 20]);
    expect(keys.firstRow(['a|b', 'c'], 1)).toBeUndefined();
    expect(keys.firstRow(['a', 'b|c'], 2)).toBeUndefined();
  });

  it('refuses keys wider than an exact number, and more distinct parts than their bits hold', () => {
    expect(() => new RowKeys([30, 30])).toThrow(/53 bits/);
    const keys = new RowKeys([1, 1]);
    keys.firstRow(['a', 'x'], 1);
    keys.firstRow(['b', 'x'], 2);
    expect(() => keys.firstRow(['c', 'x'], 3)).toThrow(/distinct/);
  });
});
