import { describe, expect, it } from 'vitest';
import { halfOf, hinges, kickoffAsFirstDown, nextScoreFeatures, type PlaySituation, winFeatures } from './situation';

const base: PlaySituation = {
  kind: 'scrimmage',
  down: 3,
  ydstogo: 7,
  yardline100: 40,
  goalToGo: false,
  halfSecondsRemaining: 90,
  gameSecondsRemaining: 1890,
  quarter: 2,
  scoreDifferential: -3,
  posteamTimeouts: 2,
  defteamTimeouts: 1,
};

describe('the next-score features', () => {
  it('read down as dummies, distance as its log, and the two-minute warning', () => {
    const [t, y, d2, d3, d4, l, g, ld2, ld3, ld4, yd2, yd3, yd4, gl, u2, fg, ...rest] = nextScoreFeatures(base);
    expect([t, y]).toEqual([90 / 1800, 0.4]);
    expect([d2, d3, d4]).toEqual([0, 1, 0]);
    expect(l).toBeCloseTo(Math.log(7), 12);
    expect([g, ld2, ld4, yd2, yd4, gl]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(ld3).toBeCloseTo(Math.log(7), 12);
    expect(yd3).toBe(0.4);
    expect(u2).toBe(1);
    expect([fg, ...rest].every((v) => v === 0)).toBe(true);
  });

  it('give a field-goal attempt and a punt their own terms', () => {
    const fg = nextScoreFeatures({ ...base, kind: 'field_goal', down: 4 });
    expect(fg.slice(15, 20)).toEqual([1, 0.4, 0.4 * 0.4, 90 / 1800, 1]);
    const punt = nextScoreFeatures({ ...base, kind: 'punt', down: 4, yardline100: 60 });
    expect(punt.slice(20)).toEqual([1, 0.6, 90 / 1800, Math.log(7)]);
  });

  it('take the log of at least one yard (a distance of 0 on a try is not -∞)', () => {
    expect(nextScoreFeatures({ ...base, ydstogo: 0 }).every(Number.isFinite)).toBe(true);
  });
});

describe('a kickoff', () => {
  it('is valued as first and ten at the touchback spot: the 25 from 2016, the 20 before', () => {
    const ko: PlaySituation = { ...base, kind: 'kickoff', down: 0, ydstogo: 0, yardline100: 35 };
    expect(kickoffAsFirstDown({ ...ko, season: 2018 })).toMatchObject({
      kind: 'scrimmage',
      down: 1,
      ydstogo: 10,
      yardline100: 75,
    });
    expect(kickoffAsFirstDown({ ...ko, season: 2012 }).yardline100).toBe(80);
  });
});

describe('the win-probability features', () => {
  const knots = { scoreDiff: [-7, 0, 7], seconds: [0.5], ratio: [0] };
  it('read the expected score differential, its ratio to time, and timeouts inside two minutes by half', () => {
    const x = winFeatures(base, 2, knots);
    // esd = 2 + (-3) = -1: x, then hinges at -7, 0, 7
    expect(x.slice(0, 4)).toEqual([-1, 6, 0, 0]);
    expect(x[4]).toBeCloseTo(-1 / 1891, 12);
    // first half: its seconds hinges and its two-minute terms; the other halves are zero
    const first = x.slice(6, 11);
    expect(first[0]).toBeCloseTo(1890 / 3600, 12);
    expect(first[1]).toBeCloseTo(1890 / 3600 - 0.5, 12);
    expect(first.slice(2)).toEqual([1, 2, 1]);
    expect(x.slice(11).every((v) => v === 0)).toBe(true);
  });
  it('puts overtime in its own half', () => {
    expect(halfOf({ ...base, quarter: 5 })).toBe('overtime');
    expect(halfOf({ ...base, quarter: 3 })).toBe('second');
  });
  it('hinges are zero below their knot and rise one for one above it', () => {
    expect(hinges(3, [0, 5])).toEqual([3, 3, 0]);
  });
});
