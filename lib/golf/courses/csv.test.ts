import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSchema } from './course';
import { detectCourseCsvFormat, parseCourseCsv } from './csv';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/golf', name), 'utf8');
const pga = fixture('pga_tour_course_holes.csv');
const oga = fixture('opengolfapi_us_extract.csv');

describe('PGA Tour course cards', () => {
  it('imports the three tournament courses as unrated, unindexed 18-hole tees', () => {
    const r = parseCourseCsv(pga);
    expect(r.format).toBe('pga-tour-course-holes');
    expect(r.rejected).toEqual([]);
    expect(r.courses.map((c) => c.name)).toEqual(['Baltusrol GC', 'El Camaleon GC', 'Glen Abbey GC']);
    const baltusrol = r.courses[0];
    const tee = baltusrol?.tees[0];
    expect(tee?.par.reduce((a, b) => a + b)).toBe(70);
    expect(tee?.yardage?.reduce((a, b) => a + b)).toBe(7428);
    expect(tee?.stroke_index).toBeUndefined();
    expect(tee?.ratings).toEqual({});
  });

  it('rejects a card with missing holes, names them, and imports nothing of it', () => {
    const lines = pga.split(/\r?\n/).filter((l) => !/^glen-abbey-gc,.*,(7|12),\d,\d+$/.test(l));
    const r = parseCourseCsv(lines.join('\n'));
    expect(r.rejected).toEqual([{ course: 'Glen Abbey GC', reason: 'missing holes 7, 12', row: 38 }]);
    expect(r.courses.map((c) => c.name)).toEqual(['Baltusrol GC', 'El Camaleon GC']);
  });

  it('rejects a card whose hole pars contradict the stated par', () => {
    const changed = pga.replace(
      'baltusrol-gc,033,715,Baltusrol GC,70,7428,1,4,478',
      'baltusrol-gc,033,715,Baltusrol GC,70,7428,1,5,478',
    );
    expect(parseCourseCsv(changed).rejected).toEqual([
      { course: 'Baltusrol GC', reason: 'hole pars add up to 71 but the card says par 70', row: 2 },
    ]);
  });
});

describe('OpenGolfAPI course list', () => {
  const r = parseCourseCsv(oga);
  const reason = (name: string) => r.rejected.find((x) => x.course === name)?.reason;

  it('imports only complete cards', () => {
    expect(r.format).toBe('opengolfapi');
    expect(r.courses.map((c) => `${c.name} (${c.holes})`)).toEqual([
      'Oak Ridge Golf Course (18)',
      'Curtis Creek Golf Course (18)',
      'Skyline Country Club (18)',
      'Gillespie Country Club (9)',
      'North Greens Golf Course (9)',
    ]);
    expect(r.rejected).toHaveLength(6);
    for (const c of r.courses) expect(courseSchema.safeParse(c).success).toBe(true);
  });

  it('names the missing holes of Sedgefield’s incomplete card', () => {
    expect(r.rejected.find((x) => x.course.startsWith('Sedgefield'))).toEqual({
      course: 'Sedgefield Country Club Ross Course',
      reason: 'missing holes 2, 5, 8, 11-13, 16',
      row: 5,
    });
    expect(reason('Lower At Baltusrol Golf Club')).toBe('missing holes 1, 3, 6, 9, 10');
  });

  it('says which value is missing when a hole is only partly filled', () => {
    expect(reason('St Johns Golf Club')).toBe('missing holes 1, 2, 8; missing stroke index for holes 3-7, 9');
    // This card writes 0 for every stroke index it does not know.
    expect(reason('Singing Bridge Golf Course')).toBe(
      'missing holes 3, 4, 6, 8; missing stroke index for holes 1, 2, 5, 7, 9-18',
    );
    expect(reason('Madisonville Country Club')).toBe('missing holes 1-18');
  });

  it('rejects a 9-hole card whose stroke indexes do not rank the nine', () => {
    expect(reason('Cherryville Country Club')).toBe(
      'tee "Scorecard": stroke index must be a permutation of 1..9: 10-12, 16, 17 are out of range, 1-3, 8, 9 are missing',
    );
  });

  it('reads a nine printed with odd 18-hole indexes as its ranking 1..9', () => {
    const north = r.courses.find((c) => c.name === 'North Greens Golf Course');
    // File: 13, 7, 17, 5, 15, 11, 1, 3, 9.
    expect(north?.tees[0]?.stroke_index).toEqual([7, 4, 9, 3, 8, 6, 1, 2, 5]);
    expect(north?.location).toMatchObject({ state: 'IL', country: 'US' });
  });
});

describe('format detection', () => {
  it('recognises both headers and refuses anything else', () => {
    expect(detectCourseCsvFormat(pga)).toBe('pga-tour-course-holes');
    expect(detectCourseCsvFormat(oga)).toBe('opengolfapi');
    expect(() => parseCourseCsv('a,b\n1,2\n')).toThrow(expect.objectContaining({ code: 'rule_violation' }));
  });
});
