// A team's totals as the sum of its players' lines, for games whose source printed no team line
// (player logs): official team lines are the sum of the players, so this is the same number.
import { type CountingKey, countingKeys } from './stats';

type Line = Record<CountingKey, number> & { min: number | null };

export function sumLines(lines: readonly Line[]): Line | undefined {
  if (lines.length === 0) return undefined;
  const totals = Object.fromEntries(countingKeys.map((k) => [k, lines.reduce((s, l) => s + Number(l[k]), 0)])) as Line;
  // Minutes are unknown for the team when any player's are.
  totals.min = lines.every((l) => l.min !== null) ? lines.reduce((s, l) => s + Number(l.min), 0) : null;
  return totals;
}
