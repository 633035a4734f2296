// PGA Tour tournament cards (pga_tour_course_holes.csv): one row per hole, par and yards for the
// tournament tees. No stroke index or rating is published, so the tee is imported unrated and unindexed.
import { type CardResult, type CsvRow, cellNumber, finishCard } from './card';

export function pgaTourCards(rows: readonly CsvRow[]): CardResult[] {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = `${row.cells.source_folder}/${row.cells.course_number}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups].map(([key, group]) => cardFrom(key, group));
}

function cardFrom(key: string, group: readonly CsvRow[]): CardResult {
  const first = group[0] as CsvRow;
  const name = first.cells.course_name?.trim() || key;
  const reject = (reason: string): CardResult => ({ rejected: { course: name, reason, row: first.line } });
  const par: (number | null)[] = Array(18).fill(null);
  const yardage: (number | null)[] = Array(18).fill(null);
  const seen = new Set<number>();
  for (const row of group) {
    const hole = Number(row.cells.hole);
    if (!Number.isInteger(hole) || hole < 1 || hole > 18) return reject(`line ${row.line}: hole "${row.cells.hole}" is not 1-18`);
    if (seen.has(hole)) return reject(`hole ${hole} appears twice`);
    seen.add(hole);
    par[hole - 1] = cellNumber(row.cells.par);
    yardage[hole - 1] = cellNumber(row.cells.yards);
  }
  return finishCard({
    name,
    // Tour venues are 18-hole courses; a short file is an incomplete card, not a 9-hole course.
    holes: 18,
    row: first.line,
    teeName: 'Tournament',
    source: { name: 'pga-tour', id: key },
    par,
    strokeIndex: null,
    yardage,
    statedPar: cellNumber(first.cells.course_par_stated),
  });
}
