import { describe, expect, it } from 'vitest';
import { describeAchievement } from './achievements';
import { formatIndex, formatPct, formatToPar, scoreName } from './format';
import { parseRoundFrame } from './stream-frame';
import { swipeDirection } from './swipe';
import { handicapTrend } from './trends';

describe('format', () => {
  it('reads to par, percentages and plus handicaps as golfers write them', () => {
    expect([formatToPar(0), formatToPar(3), formatToPar(-2), formatToPar(null)]).toEqual(['E', '+3', '-2', '–']);
    expect([formatPct(0.625), formatPct(null)]).toEqual(['63%', '–']);
    expect([formatIndex(12.34), formatIndex(-1.2), formatIndex(null)]).toEqual(['12.3', '+1.2', '–']);
    expect([scoreName(3, 5), scoreName(3, 4), scoreName(4, 4), scoreName(5, 4), scoreName(6, 4), scoreName(8, 4)]).toEqual([
      'eagle',
      'birdie',
      'par',
      'bogey',
      'double',
      'worse',
    ]);
  });
});

describe('swipeDirection', () => {
  it('a long horizontal swipe moves a hole; short or vertical drags do not', () => {
    expect(swipeDirection({ x: 300, y: 100 }, { x: 100, y: 120 })).toBe('next');
    expect(swipeDirection({ x: 100, y: 100 }, { x: 300, y: 90 })).toBe('previous');
    expect(swipeDirection({ x: 100, y: 100 }, { x: 140, y: 100 })).toBeNull();
    expect(swipeDirection({ x: 100, y: 100 }, { x: 200, y: 300 })).toBeNull();
  });
});

describe('trends', () => {
  it('gives the index after each score: the next one’s before, then the current index', () => {
    const record = [
      { date: '2026-01-01', index_before: null },
      { date: '2026-01-15', index_before: null },
      { date: '2026-02-01', index_before: 18.2 },
      { date: '2026-02-15', index_before: 17.5 },
    ];
    expect(handicapTrend(record, 16.9)).toEqual([
      { date: '2026-01-15', index: 18.2 },
      { date: '2026-02-01', index: 17.5 },
      { date: '2026-02-15', index: 16.9 },
    ]);
  });
});

describe('parseRoundFrame', () => {
  it('reads a frame and refuses anything else', () => {
    const frame = { seq: 5, type: 'hole_scored', data: {}, leaderboard: [] };
    expect(parseRoundFrame(JSON.stringify(frame))).toEqual({ seq: 5, type: 'hole_scored', leaderboard: [] });
    expect(parseRoundFrame('{')).toBeNull();
    expect(parseRoundFrame('{"seq":1}')).toBeNull();
  });
});

describe('describeAchievement', () => {
  it('names the record and what it beat', () => {
    const course = { name: 'Statline Links (fictional)' };
    expect(describeAchievement({ kind: 'personal_best', gross: 82, previous: 85, course })).toEqual({
      title: 'Personal best round',
      detail: '82 (was 85) at Statline Links (fictional)',
    });
    expect(describeAchievement({ kind: 'first_eagle', gross: 80, previous: null, course })).toEqual({
      title: 'First eagle',
      detail: 'Statline Links (fictional)',
    });
  });
});
