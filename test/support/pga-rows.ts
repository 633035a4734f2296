// The strokes of a PGA Tour hole-by-hole file read straight from its rows, with no validation: the
// oracle replay tests compare Statline against, kept apart from the parser under test
// (pga-hole-by-hole.ts) so that a bug there cannot hide itself.
import { parse } from 'csv-parse/sync';

/** player → round → strokes on holes 1-18. */
export function strokesByRow(text: string): Map<string, Map<number, number[]>> {
  const source = new Map<string, Map<number, number[]>>();
  for (const r of parse(text, { columns: true }) as Record<string, string>[]) {
    const name = r['Player Name'] as string;
    const rounds = source.get(name) ?? new Map<number, number[]>();
    source.set(name, rounds);
    const holes = rounds.get(Number(r.Round)) ?? [];
    rounds.set(Number(r.Round), holes);
    holes[Number(r.Hole) - 1] = Number(r.Scores);
  }
  return source;
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
