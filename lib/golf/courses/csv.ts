// Course scorecard files → courses. Knows the two shapes we have (PGA Tour tournament cards and
// OpenGolfAPI's US course list, see test/fixtures/golf/PROVENANCE.md); pure, takes the file's text.
import { parse } from 'csv-parse/sync';
import { sniffCsvFormat } from '@/lib/csv';
import { DomainError } from '@/lib/errors';
import type { CardResult, CsvRow, RejectedCourse } from './card';
import type { Course } from './course';
import { opengolfapiCards } from './csv-opengolfapi';
import { pgaTourCards } from './csv-pga';

export type { RejectedCourse } from './card';
export type CourseCsvFormat = 'pga-tour-course-holes' | 'opengolfapi';

export interface CourseImport {
  format: CourseCsvFormat;
  courses: Course[];
  rejected: RejectedCourse[];
}

const requiredColumns: Record<CourseCsvFormat, string[]> = {
  'pga-tour-course-holes': ['source_folder', 'course_number', 'course_name', 'hole', 'par', 'yards'],
  opengolfapi: ['id', 'name', 'par', 'hole_1_par', 'hole_1_hcp', 'hole_9_par', 'hole_9_hcp'],
};

export function detectCourseCsvFormat(text: string): CourseCsvFormat | null {
  return sniffCsvFormat(text, requiredColumns);
}

export function parseCourseCsv(text: string, format = detectCourseCsvFormat(text)): CourseImport {
  if (!format) throw new DomainError('rule_violation', 'not a course scorecard file we know: the header matches neither format');
  const records = readCsv(text);
  // info.lines is the line a record ends on; our files have no multi-line cells, so it is the row's line.
  const rows: CsvRow[] = records.map((r) => ({ line: r.info.lines, cells: r.record }));
  const results: CardResult[] = format === 'opengolfapi' ? opengolfapiCards(rows) : pgaTourCards(rows);
  const courses: Course[] = [];
  const rejected: RejectedCourse[] = [];
  for (const r of results) {
    if ('course' in r) courses.push(r.course);
    else rejected.push(r.rejected);
  }
  return { format, courses, rejected };
}

// A malformed file (an unclosed quote, a row with more cells than the header) is bad input, not a bug.
function readCsv(text: string): { record: Record<string, string>; info: { lines: number } }[] {
  try {
    return parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (err) {
    throw new DomainError('rule_violation', `the CSV cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}
