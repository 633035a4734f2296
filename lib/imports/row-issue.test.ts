import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue } from './row-issue';

const whole = z.union([z.number().int(), z.string().regex(/^\d+$/, 'expected a whole number').transform(Number)]);
const row = z.object({ PTS: whole, Res: z.enum(['W', 'L'], 'expected W or L'), Player: z.string().min(1, 'is required') });
const reason = (record: Record<string, unknown>) => describeIssue(record, row.safeParse(record).error?.issues[0]);

describe('describeIssue', () => {
  it('names the column, the value and what was expected', () => {
    expect(reason({ PTS: 'abc', Res: 'W', Player: 'A' })).toBe("PTS: 'abc' is not a whole number");
    expect(reason({ PTS: '3', Res: 'X', Player: 'A' })).toBe("Res: 'X': expected W or L");
    expect(reason({ Res: 'W', Player: 'A' })).toMatch(/^PTS: missing/);
    expect(reason({ PTS: '3', Res: 'W', Player: 'A' })).toBe('the row is invalid');
  });
  it('never answers with a bare "Invalid input"', () => {
    expect(reason({ PTS: '-1', Res: 'W', Player: 'A' })).not.toMatch(/Invalid input/);
  });
});
