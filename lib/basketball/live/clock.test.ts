import { describe, expect, it } from 'vitest';
import { formatClock, formatPlayed, initialClock, parseClock, periodLengthMs, remainingAt, stampProblem } from './clock';
import { enter, initialMinutes, leave, playedMs } from './minutes';
import { ruleSets } from './rules';

describe('the game clock', () => {
  it('reads a stopped clock as it stands and a running one from its start, never below zero', () => {
    const stopped = { ...initialClock(), remainingMs: 300_000 };
    expect(remainingAt(stopped, 9_999_999)).toBe(300_000);
    const running = { ...stopped, running: true, startedAt: 1_000 };
    expect(remainingAt(running, 1_000)).toBe(300_000);
    expect(remainingAt(running, 61_000)).toBe(240_000);
    expect(remainingAt(running, 1_000_000)).toBe(0);
    // A clock read before it started (clocks of two hosts disagree) has not run backwards.
    expect(remainingAt(running, 500)).toBe(300_000);
    // Started with no server time (a scorer's queued event): shown where it stood.
    expect(remainingAt({ ...running, startedAt: null }, 61_000)).toBe(300_000);
  });

  it.each([
    ['nba', 1, 720_000],
    ['nba', 5, 300_000],
    ['fiba', 4, 600_000],
    ['fiba', 6, 300_000],
    ['high_school', 2, 480_000],
    ['high_school', 5, 240_000],
    ['ncaa_men', 2, 1_200_000],
  ] as const)('%s period %i lasts %i ms', (name, period, ms) => {
    expect(periodLengthMs(ruleSets[name], period)).toBe(ms);
  });

  it('accepts a reading within the current period only', () => {
    const nba = ruleSets.nba;
    expect(stampProblem(nba, 1, { period: 1, remaining_ms: 720_000 })).toBeNull();
    expect(stampProblem(nba, 1, { period: 1, remaining_ms: 0 })).toBeNull();
    expect(stampProblem(nba, 1, { period: 1, remaining_ms: 720_001 })).toMatch(/more than period 1 lasts \(12:00\)/);
    expect(stampProblem(nba, 5, { period: 5, remaining_ms: 360_000 })).toMatch(/more than period 5 lasts \(5:00\)/);
    expect(stampProblem(nba, 2, { period: 1, remaining_ms: 1000 })).toMatch(/period 2 is being played/);
    expect(stampProblem(nba, 0, { period: 1, remaining_ms: 1000 })).toMatch(/not started/);
  });

  it('shows minutes and seconds, and tenths in the last minute', () => {
    expect(formatClock(720_000)).toBe('12:00');
    expect(formatClock(754_300)).toBe('12:34');
    expect(formatClock(60_000)).toBe('1:00');
    expect(formatClock(59_990)).toBe('59.9');
    expect(formatClock(9_450)).toBe('9.4');
    expect(formatClock(0)).toBe('0.0');
    expect(formatPlayed(1_845_000)).toBe('30:45');
    expect(formatPlayed(0)).toBe('0:00');
  });

  it('reads what a scorer types to set it, and what it shows', () => {
    expect(parseClock('7:30')).toBe(450_000);
    expect(parseClock(' 12:00 ')).toBe(720_000);
    expect(parseClock('45')).toBe(45_000);
    expect(parseClock('9.4')).toBe(9_400);
    expect(parseClock(formatClock(59_990))).toBe(59_900);
    for (const bad of ['', 'abc', '1:2:3', '-5', '7:30.25']) expect(parseClock(bad)).toBeNull();
  });
});

describe('minutes from stints', () => {
  it('adds each stint from entering to leaving, and counts the one in progress', () => {
    const m = initialMinutes();
    enter(m, [1, 2], 720_000);
    leave(m, [1], 500_000);
    enter(m, [3], 500_000);
    expect(playedMs(m, 1, 100_000)).toBe(220_000);
    expect(playedMs(m, 2, 100_000)).toBe(620_000);
    expect(playedMs(m, 3, 100_000)).toBe(400_000);
    leave(m, [2, 3], 0);
    enter(m, [1], 720_000);
    leave(m, [1], 700_000);
    expect(m.playedMs).toEqual({ 1: 240_000, 2: 720_000, 3: 500_000 });
    expect(m.since).toEqual({});
  });

  it('never counts a stint backwards, nor one of a player who was not on', () => {
    const m = initialMinutes();
    enter(m, [1], 300_000);
    leave(m, [1], 400_000);
    leave(m, [9], 0);
    expect(m.playedMs).toEqual({ 1: 0 });
  });
});
