// Stroke indexes must rank every hole exactly once; this says precisely what is wrong when they don't.
import { formatHoleList } from './hole-list';

/** Null when `values` is a permutation of 1..n, otherwise what is wrong, e.g. "7 appears twice, 12 is missing". */
export function describePermutationProblem(values: readonly number[], n: number): string | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const problems: string[] = [];
  const outOfRange = [...counts.keys()].filter((v) => !Number.isInteger(v) || v < 1 || v > n).sort((a, b) => a - b);
  if (outOfRange.length) problems.push(`${formatHoleList(outOfRange)} ${outOfRange.length === 1 ? 'is' : 'are'} out of range`);
  for (const [v, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > 1 && !outOfRange.includes(v)) problems.push(`${v} appears ${c === 2 ? 'twice' : `${c} times`}`);
  }
  const missing: number[] = [];
  for (let i = 1; i <= n; i++) if (!counts.has(i)) missing.push(i);
  if (missing.length) problems.push(`${formatHoleList(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`);
  return problems.length ? problems.join(', ') : null;
}

/** Ranks distinct values 1..n in their order: [13, 7, 1] → [3, 2, 1]. Used to read a nine's stroke index. */
export function rankOrder(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((v) => sorted.indexOf(v) + 1);
}
