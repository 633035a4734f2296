import { afterEach, describe, expect, it } from 'vitest';
import { addDays, isoDate, isTimeZone, todayIn } from './dates';

describe('todayIn', () => {
  it('is the calendar day of the zone around midnight, not UTC’s', () => {
    // 03:30 UTC on 1 March: still 28 February in the Americas, 1 March in Europe and Asia.
    const now = new Date('2024-03-01T03:30:00Z');
    expect(todayIn('UTC', now)).toBe('2024-03-01');
    expect(todayIn('America/New_York', now)).toBe('2024-02-29');
    expect(todayIn('America/Los_Angeles', now)).toBe('2024-02-29');
    expect(todayIn('Europe/Berlin', now)).toBe('2024-03-01');
    expect(todayIn('Asia/Tokyo', now)).toBe('2024-03-01');
  });

  it('turns the day at the zone’s own midnight', () => {
    // New York is UTC-5 in January: its midnight is 05:00 UTC.
    expect(todayIn('America/New_York', new Date('2025-01-01T04:59:59Z'))).toBe('2024-12-31');
    expect(todayIn('America/New_York', new Date('2025-01-01T05:00:00Z'))).toBe('2025-01-01');
    // Tokyo (UTC+9) reaches the new year nine hours before UTC; Kiritimati (UTC+14) fourteen.
    expect(todayIn('Asia/Tokyo', new Date('2024-12-31T14:59:59Z'))).toBe('2024-12-31');
    expect(todayIn('Asia/Tokyo', new Date('2024-12-31T15:00:00Z'))).toBe('2025-01-01');
    expect(todayIn('Pacific/Kiritimati', new Date('2024-12-31T10:00:00Z'))).toBe('2025-01-01');
    // Half-hour zones: Kolkata is UTC+5:30.
    expect(todayIn('Asia/Kolkata', new Date('2025-06-30T18:29:00Z'))).toBe('2025-06-30');
    expect(todayIn('Asia/Kolkata', new Date('2025-06-30T18:30:00Z'))).toBe('2025-07-01');
  });

  it('follows daylight saving time', () => {
    // New York is UTC-4 in July: 03:59 UTC is still the evening before.
    expect(todayIn('America/New_York', new Date('2025-07-04T03:59:00Z'))).toBe('2025-07-03');
    expect(todayIn('America/New_York', new Date('2025-07-04T04:00:00Z'))).toBe('2025-07-04');
  });

  describe("with no zone, the device's", () => {
    const zone = process.env.TZ;
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('reads the zone afresh each time', () => {
      // 02:30 UTC on 1 June is still the evening of 31 May in Los Angeles and already 1 June in Auckland.
      const now = new Date('2025-06-01T02:30:00Z');
      process.env.TZ = 'America/Los_Angeles';
      expect(todayIn(undefined, now)).toBe('2025-05-31');
      process.env.TZ = 'Pacific/Auckland';
      expect(todayIn(undefined, now)).toBe('2025-06-01');
    });
  });
});

describe('isoDate', () => {
  it('pads month, day and year', () => {
    expect(isoDate(new Date('2025-01-05T12:00:00Z'), 'UTC')).toBe('2025-01-05');
    expect(isoDate(new Date('0999-03-04T12:00:00Z'), 'UTC')).toBe('0999-03-04');
  });
});

describe('addDays', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-01', -365)).toBe('2024-03-01');
  });
});

describe('isTimeZone', () => {
  it('knows IANA names and UTC, and nothing else', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
