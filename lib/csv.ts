// CSV in one place: files people open in a spreadsheet (csv-stringify), rows for Postgres COPY, and
// telling an uploaded file's format from its header line (csv-parse).
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A CSV file (RFC 4180, CRLF line ends, a header line). A text cell starting with = + - @ tab or CR
 * gets a leading ' so a spreadsheet never runs a course or player name as a formula (CSV
 * injection); negative numbers stay numbers. Empty and null cells are empty; booleans are true/false.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows as CsvValue[][], {
    header: true,
    columns: [...columns],
    record_delimiter: 'windows',
    // A cell holding a lone \n or \r is quoted too, or a reader would take it for a line end.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: String },
  });
}

/**
 * One line of Postgres `COPY … (format csv)`: null is an unquoted empty cell, '' a quoted one, and
 * nothing is escaped for spreadsheets (the data goes to the database as it is). Written by hand, not
 * with csv-stringify: on the bulk import path it measured about three times faster per row.
 */
export function copyCsvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    const v = values[i];
    if (v === null || v === undefined) continue;
    const s = typeof v === 'string' ? v : String(v);
    line += /[",\n\r]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s;
  }
  return `${line}\n`;
}

/** The column names on the first line of `text` (a byte-order mark, quotes and spaces around names removed). */
export function csvHeader(text: string): string[] {
  // Only the first line: `text` may be the first chunk of an upload, cut anywhere after it.
  const first =
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split(/\r?\n/, 1)[0] ?? '';
  try {
    const [header] = parse(first, { trim: true, relax_quotes: true }) as string[][];
    return header ?? [];
  } catch {
    return [];
  }
}

/** The first format whose required columns all appear in `text`'s header line, or null. */
export function sniffCsvFormat<F extends string>(text: string, required: Record<F, readonly string[]>): F | null {
  const header = new Set(csvHeader(text));
  for (const format of Object.keys(required) as F[]) {
    if (required[format].every((c) => header.has(c))) return format;
  }
  return null;
}
