import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NFLSCRAPR_MODEL } from './default-model';
import { expectedPointsAdded, expectedPointsAfter, winProbabilityAdded } from './epa';
import { expectedPoints, scoreSituation, winProbability } from './model';
import { parseNflscraprCsv } from './nflscrapr';
import type { PlaySituation } from './situation';

const EP = NFLSCRAPR_MODEL.ep;
const first10 = (yardline100: number, over: Partial<PlaySituation> = {}): PlaySituation => ({
  kind: 'scrimmage',
  down: 1,
  ydstogo: 10,
  yardline100,
  goalToGo: false,
  halfSecondsRemaining: 1500,
  gameSecondsRemaining: 3300,
  quarter: 1,
  scoreDifferential: 0,
  posteamTimeouts: 3,
  defteamTimeouts: 3,
  ...over,
});

describe('expected points', () => {
  it('rise as the offense nears the goal line, and a first down at its own 25 is worth under a point', () => {
    const own25 = expectedPoints(EP, first10(75));
    expect(own25).toBeGreaterThan(0.3);
    expect(own25).toBeLessThan(1.2);
    expect(expectedPoints(EP, first10(50))).toBeGreaterThan(own25);
    const goal = expectedPoints(EP, first10(5, { ydstogo: 5, goalToGo: true }));
    expect(goal).toBeGreaterThan(4.5);
    expect(goal).toBeLessThan(6.5);
    // Backed up at its own 1, the offense is more likely to give up the next score.
    expect(expectedPoints(EP, first10(99))).toBeLessThan(0);
  });
  it('value a kicked try near its success rate and a two-point try near one point', () => {
    const kick = expectedPoints(EP, { ...first10(15), kind: 'extra_point', down: 0, ydstogo: 0 });
    expect(kick).toBeGreaterThan(0.85);
    expect(kick).toBeLessThan(1);
    const two = expectedPoints(EP, { ...first10(2), kind: 'two_point', down: 0, ydstogo: 2 });
    expect(two).toBeGreaterThan(0.8);
    expect(two).toBeLessThan(1.1);
  });
});

describe('expected points added, by nflscrapR conventions', () => {
  const before = first10(30, { down: 2, ydstogo: 6 });
  const ep = expectedPoints(EP, before);
  it('a touchdown is 7 minus the value before it; the defense scoring one is -7 minus it', () => {
    expect(expectedPointsAdded(EP, before, { kind: 'touchdown', by: 'offense' })).toBeCloseTo(7 - ep, 12);
    expect(expectedPointsAdded(EP, before, { kind: 'touchdown', by: 'defense' })).toBeCloseTo(-7 - ep, 12);
  });
  it('a field goal is 3, a safety -2, a try the points it scores', () => {
    expect(expectedPointsAdded(EP, before, { kind: 'field_goal' })).toBeCloseTo(3 - ep, 12);
    expect(expectedPointsAdded(EP, before, { kind: 'safety' })).toBeCloseTo(-2 - ep, 12);
    const kick = { ...first10(15), kind: 'extra_point' as const, down: 0 };
    expect(expectedPointsAdded(EP, kick, { kind: 'try', points: 1 })).toBeCloseTo(1 - expectedPoints(EP, kick), 12);
    expect(expectedPointsAdded(EP, kick, { kind: 'try', points: 0 })).toBeCloseTo(-expectedPoints(EP, kick), 12);
  });
  it('a turnover hands the other side its expected points', () => {
    const theirs = first10(60);
    const epa = expectedPointsAdded(EP, before, { kind: 'next', situation: theirs, possessionChanged: true });
    expect(epa).toBeCloseTo(-expectedPoints(EP, theirs) - ep, 12);
    expect(epa).toBeLessThan(-3);
  });
  it('a gain is the difference of the two situations, and the end of the half leaves nothing', () => {
    const after = first10(20);
    expect(expectedPointsAdded(EP, before, { kind: 'next', situation: after, possessionChanged: false })).toBeCloseTo(
      expectedPoints(EP, after) - ep,
      12,
    );
    expect(expectedPointsAdded(EP, before, { kind: 'next', situation: after, possessionChanged: false })).toBeGreaterThan(0);
    expect(expectedPointsAfter(EP, { kind: 'end_of_half' })).toBe(0);
  });
  it("agrees with nflscrapR's own epa on plays that keep the ball without a score (2017-2018)", () => {
    const plays = parseNflscraprCsv(
      readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'football', 'nflscrapR-ep-wp.csv.gz')),
    );
    let sum = 0;
    let n = 0;
    for (let i = 0; i + 1 < plays.length; i++) {
      const [a, b] = [plays[i], plays[i + 1]];
      if (!a || !b || a.season < 2017 || a.epa === null || a.gameId !== b.gameId) continue;
      if (a.situation.kind !== 'scrimmage' || b.situation.kind !== 'scrimmage') continue;
      // The same offense, the same half, the same score: a plain play (nflscrapR's epa is next ep − ep).
      const same =
        a.situation.scoreDifferential === b.situation.scoreDifferential &&
        a.situation.halfSecondsRemaining > b.situation.halfSecondsRemaining &&
        b.ep !== null &&
        a.ep !== null &&
        Math.abs(b.ep - a.ep - a.epa) < 1e-5;
      if (!same) continue;
      const ours = expectedPointsAdded(EP, a.situation, { kind: 'next', situation: b.situation, possessionChanged: false });
      sum += Math.abs(ours - a.epa);
      n++;
    }
    expect(n).toBeGreaterThan(2000);
    expect(sum / n).toBeLessThan(0.05);
  });
});

describe('win probability added', () => {
  it('is the change in the offense’s chance, turned over when the ball changes hands, and the result at the end', () => {
    const before = first10(40, { quarter: 4, halfSecondsRemaining: 100, gameSecondsRemaining: 100, scoreDifferential: -3 });
    const wp = winProbability(NFLSCRAPR_MODEL, before);
    const theirs = first10(40, { quarter: 4, halfSecondsRemaining: 90, gameSecondsRemaining: 90, scoreDifferential: 3 });
    expect(
      winProbabilityAdded(NFLSCRAPR_MODEL, before, { kind: 'next', situation: theirs, possessionChanged: true }),
    ).toBeCloseTo(1 - winProbability(NFLSCRAPR_MODEL, theirs) - wp, 12);
    expect(winProbabilityAdded(NFLSCRAPR_MODEL, before, { kind: 'final', result: 'lost' })).toBeCloseTo(-wp, 12);
    expect(winProbabilityAdded(NFLSCRAPR_MODEL, before, { kind: 'final', result: 'won' })).toBeCloseTo(1 - wp, 12);
  });
  it('gives a team up 14 with a minute left nearly the game, and an even start about half', () => {
    expect(
      scoreSituation(
        NFLSCRAPR_MODEL,
        first10(70, { quarter: 4, halfSecondsRemaining: 60, gameSecondsRemaining: 60, scoreDifferential: 14 }),
      ).wp,
    ).toBeGreaterThan(0.97);
    const start = scoreSituation(NFLSCRAPR_MODEL, first10(75, { halfSecondsRemaining: 1800, gameSecondsRemaining: 3600 }));
    expect(start.wp).toBeGreaterThan(0.4);
    expect(start.wp).toBeLessThan(0.6);
  });
});
