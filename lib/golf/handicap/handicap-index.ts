// Handicap Index from a scoring record (WHS Rules 5.2, 5.7, 5.8): the best differentials of the most
// recent 20, the table for shorter records, and the soft and hard caps against the Low Handicap Index.
import { roundToTenth } from './rounding';

export const MAX_HANDICAP_INDEX = 54;
export const SCORES_FOR_FULL_RECORD = 20;

// Rule 5.2a: [fewest scores in the record, differentials averaged, adjustment].
const table: readonly (readonly [number, number, number])[] = [
  [3, 1, -2],
  [4, 1, -1],
  [5, 1, 0],
  [6, 2, -1],
  [7, 2, 0],
  [9, 3, 0],
  [12, 4, 0],
  [15, 5, 0],
  [17, 6, 0],
  [19, 7, 0],
  [20, 8, 0],
];

/** How many of the lowest differentials count, and the adjustment, for a record of `scores`; null below 3. */
export function differentialsUsed(scores: number): { count: number; adjustment: number } | null {
  let row: (typeof table)[number] | undefined;
  for (const r of table) if (scores >= r[0]) row = r;
  return row ? { count: row[1], adjustment: row[2] } : null;
}

export interface IndexCalculation {
  /** Rounded to the tenth, adjustment applied, before caps. */
  value: number;
  average: number;
  count: number;
  adjustment: number;
  /** Positions (in the input) of the differentials that were averaged. */
  used: number[];
}

/** The calculated (uncapped) index from the most recent differentials, oldest first; only the last 20 count. */
export function calculateHandicapIndex(differentials: readonly number[]): IndexCalculation | null {
  const start = Math.max(0, differentials.length - SCORES_FOR_FULL_RECORD);
  const window = differentials.slice(start);
  const rule = differentialsUsed(window.length);
  if (!rule) return null;
  // Ties go to the older score; the value is the same either way, only the audit's "counted" differs.
  const used = window
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, rule.count)
    .map((x) => x.i + start)
    .sort((a, b) => a - b);
  const average = used.reduce((a, i) => a + (differentials[i] as number), 0) / rule.count;
  return { value: roundToTenth(average + rule.adjustment), average, count: rule.count, adjustment: rule.adjustment, used };
}

export interface CapStep {
  kind: 'soft_cap' | 'hard_cap' | 'maximum';
  before: number;
  after: number;
}

/**
 * Rule 5.8: an increase of more than 3.0 over the Low Handicap Index is halved beyond 3.0 (soft cap)
 * and never more than 5.0 in all (hard cap). Then no index exceeds 54.0 (Rule 5.3).
 */
export function applyCaps(calculated: number, lowIndex: number | null): { value: number; steps: CapStep[] } {
  const steps: CapStep[] = [];
  let value = calculated;
  if (lowIndex !== null) {
    // Whole tenths, so that 10.1 + 5.0 compares as 15.1 and half a tenth rounds up predictably.
    const low = Math.round(lowIndex * 10);
    const increase = Math.round(value * 10) - low;
    if (increase > 30) {
      const after = (low + 30 + Math.round((increase - 30) / 2)) / 10;
      steps.push({ kind: 'soft_cap', before: value, after });
      value = after;
    }
    if (Math.round(value * 10) - low > 50) {
      const after = (low + 50) / 10;
      steps.push({ kind: 'hard_cap', before: value, after });
      value = after;
    }
  }
  if (value > MAX_HANDICAP_INDEX) {
    steps.push({ kind: 'maximum', before: value, after: MAX_HANDICAP_INDEX });
    value = MAX_HANDICAP_INDEX;
  }
  return { value, steps };
}
