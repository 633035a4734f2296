// Series the golfer dashboard draws: the Handicap Index after each score, and rolling averages.

interface RecordRow {
  date: string;
  index_before: number | null;
}

/** The index after each score: the next score's "before", and the current index after the last. */
export function handicapTrend(record: readonly RecordRow[], current: number | null): { date: string; index: number }[] {
  const points: { date: string; index: number }[] = [];
  record.forEach((row, i) => {
    const after = i + 1 < record.length ? (record[i + 1]?.index_before ?? null) : current;
    if (after !== null) points.push({ date: row.date, index: after });
  });
  return points;
}

/** Mean of each value with up to n − 1 before it (fewer at the start), to one decimal. */
export function rollingAverage(values: readonly number[], n: number): number[] {
  return values.map((_, i) => {
    const window = values.slice(Math.max(0, i - n + 1), i + 1);
    return Math.round((window.reduce((a, b) => a + b, 0) / window.length) * 10) / 10;
  });
}
