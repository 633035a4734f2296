import { describe, expect, it } from 'vitest';
import { isThree, toFraction } from './court';
import { newEventId } from './event-id';

describe('court', () => {
  it('turns a tap into a clamped fraction of the court', () => {
    expect(toFraction(250, 94, 500, 470)).toEqual({ x: 0.5, y: 0.2 });
    expect(toFraction(-5, 600, 500, 470)).toEqual({ x: 0, y: 1 });
  });

  it('tells threes from twos, corners included', () => {
    expect(isThree({ x: 0.5, y: 0.1 })).toBe(false); // under the basket
    expect(isThree({ x: 0.5, y: 0.7 })).toBe(true); // top of the key, 27 ft out
    expect(isThree({ x: 0.02, y: 0.1 })).toBe(true); // left corner
    expect(isThree({ x: 0.1, y: 0.1 })).toBe(false); // baseline inside the corner three
  });
});

describe('newEventId', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('makes v4 uuids with or without randomUUID', () => {
    expect(newEventId()).toMatch(uuid);
    const insecure = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) };
    expect(newEventId(insecure)).toMatch(uuid);
  });
});
