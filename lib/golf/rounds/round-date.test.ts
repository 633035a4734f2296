import { describe, expect, it } from 'vitest';
import { latestRoundDate, roundDateProblem } from './round-date';

const now = new Date('2026-11-22T23:30:00Z');

describe('round date bounds', () => {
  it('accepts 1900-01-01 up to tomorrow in UTC', () => {
    expect(latestRoundDate(now)).toBe('2026-11-23');
    for (const d of ['1900-01-01', '1999-12-31', '2026-11-22', '2026-11-23']) expect(roundDateProblem(d, now)).toBeNull();
  });

  it('refuses the far past and the future, naming the field', () => {
    expect(roundDateProblem('0001-01-01', now)).toMatch(/^date must be on or after 1900-01-01/);
    expect(roundDateProblem('1899-12-31', now)).toMatch(/^date must be on or after 1900-01-01/);
    expect(roundDateProblem('2026-11-24', now)).toMatch(/^date must not be after 2026-11-23/);
    expect(roundDateProblem('2099-12-31', now)).toMatch(/^date must not be after 2026-11-23/);
  });
});
