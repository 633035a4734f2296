import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyCsvLine, csvHeader, sniffCsvFormat, toCsv } from './csv';

// The golf rounds export's writer before csv-stringify: the bytes every download had.
function handWritten(columns: readonly string[], rows: (string | number | boolean | null)[][]): string {
  const cell = (value: string | number | boolean | null) => {
    if (value === null) return '';
    let s = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[columns.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n')}\r\n`;
}

describe('toCsv', () => {
  it('writes a header line and CRLF-ended rows, quoting what needs it', () => {
    expect(toCsv(['a', 'b', 'c'], [])).toBe('a,b,c\r\n');
    expect(
      toCsv(
        ['name', 'n', 'ok'],
        [
          ['Pebble, "Beach"', 3, true],
          ['line\nbreak', null, false],
        ],
      ),
    ).toBe('name,n,ok\r\n"Pebble, ""Beach""",3,true\r\n"line\nbreak",,false\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv(
      ['x', 'y'],
      [
        ['=HYPERLINK("http://evil")', -2],
        ['+1', 0],
        ['-1', -0.5],
        ['@SUM(A1)', 1],
        ['\tx', 1],
        ['\rx', 1],
      ],
    );
    expect(csv).toBe(`x,y\r\n"'=HYPERLINK(""http://evil"")",-2\r\n'+1,0\r\n'-1,-0.5\r\n'@SUM(A1),1\r\n'\tx,1\r\n"'\rx",1\r\n`);
  });

  it('gives the bytes of the hand-written writer it replaced (ASCII text)', () => {
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', "'", '1') }),
      fc.integer({ min: -200, max: 200 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        expect(toCsv(['a', 'b', 'c'], rows)).toBe(handWritten(['a', 'b', 'c'], rows));
      }),
    );
  });

  it('reads back as written (apart from the defusing quote)', () => {
    const rows = [['Old Course, St Andrews', 'said "fore"', 'two\r\nlines', '']];
    expect(parse(toCsv(['a', 'b', 'c', 'd'], rows), { columns: true })).toEqual([
      { a: 'Old Course, St Andrews', b: 'said "fore"', c: 'two\r\nlines', d: '' },
    ]);
  });
});

describe('copyCsvLine', () => {
  it('keeps null and empty text apart, as COPY reads them, and escapes nothing for spreadsheets', () => {
    expect(copyCsvLine([null, '', undefined, 'a"b', 'x,y', 1.5, true, '=1'])).toBe(',"",,"a""b","x,y",1.5,true,=1\n');
  });
});

describe('csvHeader', () => {
  it('reads the first line, without a byte-order mark, quotes or spaces', () => {
    expect(csvHeader('\uFEFF"id", name ,"a,b"\r\n1,2,3\r\n')).toEqual(['id', 'name', 'a,b']);
    expect(csvHeader('\n\nid,name\n')).toEqual(['id', 'name']);
  });

  it('is empty for a line that is no CSV', () => {
    expect(csvHeader('')).toEqual([]);
    expect(csvHeader('"unterminated')).toEqual([]);
  });

  it('reads only the first line of a chunk cut mid-row', () => {
    expect(csvHeader('id,name\n1,"unfini')).toEqual(['id', 'name']);
  });
});

describe('sniffCsvFormat', () => {
  const formats = { people: ['id', 'name'], scores: ['id', 'score'] } as const;

  it('names the first format whose columns the header holds, in any order and with extras', () => {
    expect(sniffCsvFormat('name,id,extra\n', formats)).toBe('people');
    expect(sniffCsvFormat('"score","id"\r\n', formats)).toBe('scores');
  });

  it('is null when no format fits', () => {
    expect(sniffCsvFormat('id\n', formats)).toBeNull();
    expect(sniffCsvFormat('', formats)).toBeNull();
  });
});
