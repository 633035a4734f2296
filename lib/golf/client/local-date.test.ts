import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from './local-date';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDate', () => {
  it("is the device's calendar day, not UTC's", () => {
    // 02:30 UTC on 1 June is still the evening of 31 May in Los Angeles and already 1 June in Auckland.
    const now = new Date('2025-06-01T02:30:00Z');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDate(now)).toBe('2025-05-31');
    process.env.TZ = 'Pacific/Auckland';
    expect(localDate(now)).toBe('2025-06-01');
  });

  it('pads month and day', () => {
    process.env.TZ = 'UTC';
    expect(localDate(new Date('2025-01-05T12:00:00Z'))).toBe('2025-01-05');
  });
});
