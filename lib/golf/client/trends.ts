// Series the golfer dashboard draws: the Handicap Index after each score (rolling averages: lib/rolling-average).

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
