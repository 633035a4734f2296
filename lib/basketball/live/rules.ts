// Rule sets for live scoring: period structure, the team-foul penalty, fouls that count, timeouts.
// Data, not branches: the reducer reads these tables. Clock-based rules (NBA's two-minute foul
// rule, its 4th-quarter timeout caps) are left out: the game clock is optional for a scorer.
import { z } from 'zod';
import type { FoulKind } from './events';

export const ruleSetName = z.enum(['nba', 'fiba', 'ncaa_men', 'high_school']);
export type RuleSetName = z.infer<typeof ruleSetName>;

export interface BonusRule {
  /** When the count of team fouls starts again from zero in regulation. */
  resetEvery: 'period' | 'half';
  /** The team foul that is the first to give the opponent free throws (NBA 5 = "in the penalty on the 5th"). */
  bonusAt: number;
  /** The team foul from which the opponent shoots two instead of one-and-one (NCAA, high school). */
  doubleBonusAt?: number;
  /** FIBA, NCAA and NFHS count overtime fouls as part of the last regulation quarter/half; the NBA restarts every overtime with its own, lower, limit. */
  overtime: { fouls: 'carry_over' } | { fouls: 'reset'; bonusAt: number };
}

export type TimeoutRule = (
  | { per: 'game'; count: number }
  /** Unused first-half timeouts are lost at half time (FIBA). */
  | { per: 'half'; count: readonly [first: number, second: number] }
) & {
  /** Timeouts given at the start of each overtime period; carryOver keeps the ones still unused. */
  overtime: { each: number; carryOver: boolean };
};

export interface FoulRule {
  /** Counted against the player's foul-out limit (and in the PF column). */
  personal: Readonly<Record<FoulKind, boolean>>;
  /** Counted toward the team-foul penalty. */
  team: Readonly<Record<FoulKind, boolean>>;
  /** Technicals that get a player ejected, whatever the personal fouls. */
  ejectAfterTechnicals: number;
}

export interface RuleSet {
  periods: number;
  minutesPerPeriod: number;
  overtimeMinutes: number;
  foulOutLimit: number;
  bonus: BonusRule;
  timeouts: TimeoutRule;
  fouls: FoulRule;
}

const allFouls: Record<FoulKind, boolean> = { personal: true, shooting: true, offensive: true, technical: true, flagrant: true };

export const ruleSets: Readonly<Record<RuleSetName, RuleSet>> = {
  nba: {
    periods: 4,
    minutesPerPeriod: 12,
    overtimeMinutes: 5,
    foulOutLimit: 6,
    // Rule 12B: four team fouls per quarter and three per overtime go unpenalised.
    bonus: { resetEvery: 'period', bonusAt: 5, overtime: { fouls: 'reset', bonusAt: 4 } },
    // Rule 5-VII: seven per game; two in each overtime regardless of what is left.
    timeouts: { per: 'game', count: 7, overtime: { each: 2, carryOver: false } },
    // Technicals are neither personal nor team fouls; offensive fouls are personal but not team fouls.
    fouls: {
      personal: { ...allFouls, technical: false },
      team: { ...allFouls, technical: false, offensive: false },
      ejectAfterTechnicals: 2,
    },
  },
  fiba: {
    periods: 4,
    minutesPerPeriod: 10,
    overtimeMinutes: 5,
    foulOutLimit: 5,
    // Art. 41: penalty from the 5th team foul of a quarter; extra periods count as the 4th quarter.
    bonus: { resetEvery: 'period', bonusAt: 5, overtime: { fouls: 'carry_over' } },
    // Art. 18: 2 in the first half, 3 in the second, 1 per extra period; none carry over.
    timeouts: { per: 'half', count: [2, 3], overtime: { each: 1, carryOver: false } },
    fouls: { personal: allFouls, team: allFouls, ejectAfterTechnicals: 2 },
  },
  ncaa_men: {
    periods: 2,
    minutesPerPeriod: 20,
    overtimeMinutes: 5,
    foulOutLimit: 5,
    // One-and-one from the 7th foul of a half, two shots from the 10th; overtime continues the 2nd half.
    bonus: { resetEvery: 'half', bonusAt: 7, doubleBonusAt: 10, overtime: { fouls: 'carry_over' } },
    // Simplified to a per-game allowance (media timeouts are not the teams'); +1 per overtime, unused carry.
    timeouts: { per: 'game', count: 4, overtime: { each: 1, carryOver: true } },
    fouls: { personal: allFouls, team: allFouls, ejectAfterTechnicals: 2 },
  },
  high_school: {
    periods: 4,
    minutesPerPeriod: 8,
    overtimeMinutes: 4,
    foulOutLimit: 5,
    // NFHS 4-8: bonus from the 7th team foul of a half, double bonus from the 10th; overtime is 2nd half.
    bonus: { resetEvery: 'half', bonusAt: 7, doubleBonusAt: 10, overtime: { fouls: 'carry_over' } },
    timeouts: { per: 'game', count: 5, overtime: { each: 1, carryOver: true } },
    fouls: { personal: allFouls, team: allFouls, ejectAfterTechnicals: 2 },
  },
};

export const isOvertime = (rules: RuleSet, period: number) => period > rules.periods;

export const periodMinutes = (rules: RuleSet, period: number) =>
  isOvertime(rules, period) ? rules.overtimeMinutes : rules.minutesPerPeriod;

/** Whether team fouls start from zero when `period` starts. */
export function foulsResetAt(rules: RuleSet, period: number): boolean {
  if (period === 1) return true;
  if (isOvertime(rules, period)) return rules.bonus.overtime.fouls === 'reset';
  return rules.bonus.resetEvery === 'period' || period === rules.periods / 2 + 1;
}

/** The penalty thresholds in force during `period`. */
export function bonusThresholds(rules: RuleSet, period: number): { bonusAt: number; doubleBonusAt?: number } {
  const ot = rules.bonus.overtime;
  return isOvertime(rules, period) && ot.fouls === 'reset' ? { bonusAt: ot.bonusAt } : rules.bonus;
}

/** Timeouts a team holds once `period` has started, given what it had left before. */
export function timeoutsAtStart(rules: RuleSet, period: number, left: number): number {
  const t = rules.timeouts;
  if (isOvertime(rules, period)) return (t.overtime.carryOver ? left : 0) + t.overtime.each;
  if (t.per === 'game') return period === 1 ? t.count : left;
  if (period === 1) return t.count[0];
  return period === rules.periods / 2 + 1 ? t.count[1] : left;
}
