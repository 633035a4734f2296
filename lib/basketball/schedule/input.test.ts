import { describe, expect, it } from 'vitest';
import { scheduleGameInput, whenOf, zonedInstant } from './input';

describe('zonedInstant', () => {
  it('reads a wall-clock time in its zone, across daylight saving', () => {
    expect(zonedInstant('2026-12-05', '19:30', 'America/Chicago').toISOString()).toBe('2026-12-06T01:30:00.000Z');
    expect(zonedInstant('2026-07-05', '19:30', 'America/Chicago').toISOString()).toBe('2026-07-06T00:30:00.000Z');
    // 02:30 does not exist that night in Berlin: it is read an hour on, as clocks do.
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-12-05', '09:00', 'UTC').toISOString()).toBe('2026-12-05T09:00:00.000Z');
  });
});

describe('scheduleGameInput', () => {
  it('needs a time zone for a time and a date or starts_at', () => {
    expect(scheduleGameInput.safeParse({ date: '2026-12-05', time: '19:00', home: 1, visitor: 2 }).success).toBe(false);
    expect(scheduleGameInput.safeParse({ home: 1, visitor: 2 }).success).toBe(false);
    expect(
      scheduleGameInput.safeParse({ date: '2026-12-05', time: '19:00', time_zone: 'Mars/Base', home: 1, visitor: 2 }).success,
    ).toBe(false);
  });
  it('takes the date from starts_at as written', () => {
    const g = scheduleGameInput.parse({ starts_at: '2026-12-05T19:00:00-06:00', home: 'OWL', visitor: 'Hawks' });
    expect(whenOf(g)).toEqual({ date: '2026-12-05', startsAt: new Date('2026-12-06T01:00:00Z') });
  });
});
