import { describe, expect, it } from 'vitest';
import { drawGroups, parseEntrantLines } from './draw';

describe('pasted entrants', () => {
  it('reads a name and an optional index a line, commas, tabs or spaces between, plus handicaps', () => {
    const { entrants, errors } = parseEntrantLines("Ann Lee, 12.4\nBo Cruz\t+1.2\n\n  Cy Day 7\nDee O'Neil\nEd, 8,5\nFay 99");
    expect(entrants).toEqual([
      { name: 'Ann Lee', handicap_index: 12.4 },
      { name: 'Bo Cruz', handicap_index: -1.2 },
      { name: 'Cy Day', handicap_index: 7 },
      { name: "Dee O'Neil", handicap_index: null },
      { name: 'Ed', handicap_index: 8.5 },
    ]);
    expect(errors).toEqual(['line 7: an index is between +10 and 54']);
  });
});

describe('the draw', () => {
  it('makes groups of four at the interval, spreading the remainder so none is two short', () => {
    const ids = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(drawGroups(ids, { size: 4, firstTeeTime: '2026-11-21T08:00:00Z', intervalMinutes: 9 })).toEqual([
      { entry_ids: [1, 2, 3, 4], tee_time: '2026-11-21T08:00:00.000Z' },
      { entry_ids: [5, 6, 7], tee_time: '2026-11-21T08:09:00.000Z' },
      { entry_ids: [8, 9, 10], tee_time: '2026-11-21T08:18:00.000Z' },
    ]);
    const field = drawGroups(
      Array.from({ length: 160 }, (_, i) => i),
      { size: 4, firstTeeTime: '2026-11-21T07:30:00Z', intervalMinutes: 10 },
    );
    expect(field).toHaveLength(40);
    expect(field.at(-1)?.tee_time).toBe('2026-11-21T14:00:00.000Z');
    expect(
      drawGroups([1, 2, 3, 4, 5, 6, 7], { size: 3, firstTeeTime: '2026-11-21T08:00:00Z', intervalMinutes: 8 }).map(
        (g) => g.entry_ids.length,
      ),
    ).toEqual([3, 2, 2]);
    expect(drawGroups([], { size: 4, firstTeeTime: '2026-11-21T08:00:00Z', intervalMinutes: 8 })).toEqual([]);
  });
});
