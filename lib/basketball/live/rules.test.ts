import { describe, expect, it } from 'vitest';
import { bonusThresholds, foulsResetAt, periodMinutes, ruleSetName, ruleSets, timeoutsAtStart } from './rules';

describe('ruleSets', () => {
  it('has one rule set per name, and nothing else', () => {
    expect(Object.keys(ruleSets).sort()).toEqual([...ruleSetName.options].sort());
    expect(ruleSetName.safeParse('wnba').success).toBe(false);
  });

  it.each([
    ['nba', 4, 12, 5, 6],
    ['fiba', 4, 10, 5, 5],
    ['ncaa_men', 2, 20, 5, 5],
    ['high_school', 4, 8, 4, 5],
  ] as const)('%s: %i periods of %i minutes, %i-minute overtime, out on %i fouls', (name, periods, minutes, ot, foulOut) => {
    const r = ruleSets[name];
    expect([r.periods, periodMinutes(r, 1), periodMinutes(r, periods + 1), r.foulOutLimit]).toEqual([
      periods,
      minutes,
      ot,
      foulOut,
    ]);
  });

  it('resets team fouls by period or by half, and in overtime only in the nba', () => {
    const at = (name: keyof typeof ruleSets) => [1, 2, 3, 4, 5, 6].map((p) => foulsResetAt(ruleSets[name], p));
    expect(at('nba')).toEqual([true, true, true, true, true, true]);
    expect(at('fiba')).toEqual([true, true, true, true, false, false]);
    expect(at('high_school')).toEqual([true, false, true, false, false, false]);
    expect(at('ncaa_men')).toEqual([true, true, false, false, false, false]);
    expect(bonusThresholds(ruleSets.nba, 5)).toEqual({ bonusAt: 4 });
    expect(bonusThresholds(ruleSets.ncaa_men, 3)).toMatchObject({ bonusAt: 7, doubleBonusAt: 10 });
  });

  it('hands out timeouts per game, per half and per overtime', () => {
    expect(timeoutsAtStart(ruleSets.nba, 1, 0)).toBe(7);
    expect(timeoutsAtStart(ruleSets.nba, 3, 2)).toBe(2);
    expect(timeoutsAtStart(ruleSets.nba, 5, 3)).toBe(2);
    expect(timeoutsAtStart(ruleSets.fiba, 3, 1)).toBe(3);
    expect(timeoutsAtStart(ruleSets.fiba, 4, 1)).toBe(1);
    expect(timeoutsAtStart(ruleSets.high_school, 5, 2)).toBe(3);
  });
});
