import { describe, expect, it } from 'vitest';
import {
  clockSeconds,
  distanceBucket,
  fieldZone,
  gameSecondsRemaining,
  halfSecondsRemaining,
  isEarlyDown,
  isExplosive,
  isRedZone,
  isSuccess,
  isTwoMinute,
  parsePersonnel,
  personnelCode,
  yardline100,
} from './rules';

describe('success', () => {
  it('needs 40% of the distance on 1st down, 60% on 2nd, all of it on 3rd and 4th', () => {
    expect(isSuccess({ down: 1, distance: 10, yardsGained: 4 })).toBe(true);
    expect(isSuccess({ down: 1, distance: 10, yardsGained: 3 })).toBe(false);
    expect(isSuccess({ down: 2, distance: 10, yardsGained: 6 })).toBe(true);
    expect(isSuccess({ down: 2, distance: 10, yardsGained: 5 })).toBe(false);
    expect(isSuccess({ down: 2, distance: 5, yardsGained: 3 })).toBe(true); // 3 ≥ 0.6 × 5
    expect(isSuccess({ down: 3, distance: 7, yardsGained: 7 })).toBe(true);
    expect(isSuccess({ down: 3, distance: 7, yardsGained: 6 })).toBe(false);
    expect(isSuccess({ down: 4, distance: 1, yardsGained: 1 })).toBe(true);
    expect(isSuccess({ down: 4, distance: 1, yardsGained: 0 })).toBe(false);
  });
  it('is never a success without a down (kickoffs, tries) or with a loss', () => {
    expect(isSuccess({ down: null, distance: null, yardsGained: 40 })).toBe(false);
    expect(isSuccess({ down: 1, distance: 10, yardsGained: -2 })).toBe(false);
  });
});

it('calls a pass of 20+ and a run of 10+ explosive, nothing else', () => {
  expect(isExplosive({ kind: 'pass', yardsGained: 20 })).toBe(true);
  expect(isExplosive({ kind: 'pass', yardsGained: 19 })).toBe(false);
  expect(isExplosive({ kind: 'run', yardsGained: 10 })).toBe(true);
  expect(isExplosive({ kind: 'run', yardsGained: 9 })).toBe(false);
  expect(isExplosive({ kind: 'punt', yardsGained: 50 })).toBe(false);
});

it('knows the red zone, early downs and the two-minute drill', () => {
  expect([20, 21, null].map(isRedZone)).toEqual([true, false, false]);
  expect([1, 2, 3, 4, null].map(isEarlyDown)).toEqual([true, true, false, false, false]);
  expect(isTwoMinute({ quarter: 2, quarterSecondsRemaining: 120 })).toBe(true);
  expect(isTwoMinute({ quarter: 2, quarterSecondsRemaining: 121 })).toBe(false);
  expect(isTwoMinute({ quarter: 1, quarterSecondsRemaining: 30 })).toBe(false);
  expect(isTwoMinute({ quarter: 4, quarterSecondsRemaining: 5 })).toBe(true);
  expect(isTwoMinute({ quarter: 5, quarterSecondsRemaining: 100 })).toBe(true);
});

it('buckets distance and the field', () => {
  expect([1, 3, 4, 6, 7, 10, 11, 25, 0, null].map(distanceBucket)).toEqual([
    '1-3',
    '1-3',
    '4-6',
    '4-6',
    '7-10',
    '7-10',
    '11+',
    '11+',
    null,
    null,
  ]);
  expect([1, 20, 21, 50, 51, 80, 81, 99, null].map(fieldZone)).toEqual([
    'red-zone',
    'red-zone',
    'opponent',
    'opponent',
    'own',
    'own',
    'own-deep',
    'own-deep',
    null,
  ]);
});

it('reads personnel as the Big Data Bowl writes it and codes it as analysts say it', () => {
  expect(parsePersonnel('1 RB, 1 TE, 3 WR')).toEqual({ RB: 1, TE: 1, WR: 3 });
  expect(parsePersonnel('4 DL, 2 LB, 5 DB')).toEqual({ DL: 4, LB: 2, DB: 5 });
  expect(parsePersonnel('NA')).toBeNull();
  expect(parsePersonnel('')).toBeNull();
  expect(parsePersonnel('one RB')).toBeNull();
  expect(personnelCode({ RB: 1, TE: 1, WR: 3 })).toBe('11');
  expect(personnelCode({ RB: 2, TE: 1, WR: 2 })).toBe('21');
  expect(personnelCode({ TE: 2, WR: 3 })).toBe('02');
  expect(personnelCode(null)).toBeNull();
});

it('turns a side and yard line into yards to the end zone, and the clock into seconds', () => {
  expect(yardline100('ARI', 'ARI', 23)).toBe(77);
  expect(yardline100('ARI', 'DET', 23)).toBe(23);
  expect(yardline100('ARI', 'DET', 50)).toBe(50);
  expect(clockSeconds('14:54:00')).toBe(894);
  expect(clockSeconds('2:05')).toBe(125);
  expect(clockSeconds('15:01')).toBeNull();
  expect(clockSeconds('soon')).toBeNull();
  expect(gameSecondsRemaining(1, 900)).toBe(3600);
  expect(gameSecondsRemaining(4, 30)).toBe(30);
  expect(halfSecondsRemaining(1, 600)).toBe(1500);
  expect(halfSecondsRemaining(2, 600)).toBe(600);
});
