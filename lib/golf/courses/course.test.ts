import { describe, expect, it } from 'vitest';
import { blueTee, redTee, sampleCourse } from '@/test/fixtures/golf/tees';
import { describePermutationProblem } from '../permutation';
import { isRated, parseCourse, ratingFor, strokeIndexFor, teePar } from './course';

const withBlue = (patch: Partial<typeof blueTee>) => ({ ...sampleCourse, tees: [{ ...blueTee, ...patch }] });

function errorsOf(input: unknown): string[] {
  const r = parseCourse(input);
  if (r.ok) throw new Error('expected the course to be rejected');
  return r.errors;
}

describe('parseCourse', () => {
  it('accepts a course with rated and unrated tees', () => {
    const r = parseCourse(sampleCourse);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.course.tees.map((t) => t.name)).toEqual(['Blue', 'White', 'Red']);
    expect(teePar(r.course.tees[0] as typeof blueTee)).toBe(72);
  });

  it('names the duplicated and the missing stroke index', () => {
    const si = [...(blueTee.stroke_index as number[])];
    si[si.indexOf(12)] = 7; // 7 twice, 12 gone
    expect(errorsOf(withBlue({ stroke_index: si }))).toEqual([
      'tee "Blue": stroke index must be a permutation of 1..18: 7 appears twice, 12 is missing',
    ]);
  });

  it('checks the women’s stroke index separately', () => {
    const si = [...(blueTee.stroke_index_women as number[])];
    si[0] = 19;
    expect(errorsOf(withBlue({ stroke_index_women: si }))).toEqual([
      'tee "Blue": stroke index must be a permutation of 1..18: 19 is out of range, 5 is missing',
    ]);
  });

  it('locates a bad par by hole', () => {
    const par = [...blueTee.par];
    par[3] = 7;
    expect(errorsOf(withBlue({ par }))).toEqual(['tee "Blue": hole 4: par must be 3-6']);
  });

  it('rejects slopes outside 55-155 and implausible course ratings', () => {
    const errors = errorsOf(withBlue({ ratings: { men: { course_rating: 95, slope: 160 } } }));
    expect(errors).toContain('tee "Blue": men: slope must be 55-155');
    expect(errors).toContain('tee "Blue": men: course rating 95 is outside 45.0-90.0 for 18 holes');
  });

  it('rejects a 9-hole rating that is really an 18-hole one', () => {
    const ratings = { men: { course_rating: 70.5, slope: 125, front: { course_rating: 70.5, slope: 125 } } };
    expect(errorsOf(withBlue({ ratings }))).toEqual([
      'tee "Blue": men: front nine course rating 70.5 is outside 22.5-45.0 for 9 holes',
    ]);
  });

  it('rejects cards whose length is not the course’s', () => {
    expect(errorsOf({ ...withBlue({ yardage: [400] }) })).toEqual(['tee "Blue": yardage has 1 holes, the course has 18']);
    expect(errorsOf({ ...sampleCourse, holes: 9 })).toContain('tee "Blue": par has 18 holes, the course has 9');
  });

  it('rejects two tees with one name', () => {
    expect(errorsOf({ ...sampleCourse, tees: [blueTee, blueTee] })).toEqual(['tee "Blue": tee name "Blue" is used twice']);
  });

  it('allows a tee without stroke index (some sources publish none)', () => {
    const { stroke_index: _a, stroke_index_women: _b, ...bare } = blueTee;
    expect(parseCourse({ ...sampleCourse, tees: [bare] }).ok).toBe(true);
  });
});

describe('tee accessors', () => {
  it('gives women their own stroke index, falling back to the shared one', () => {
    expect(strokeIndexFor(blueTee, 'women')?.[0]).toBe(5);
    expect(strokeIndexFor({ ...blueTee, stroke_index_women: undefined }, 'women')?.[0]).toBe(7);
  });
  it('treats a tee without a rating for a gender as unrated for it', () => {
    expect(isRated(blueTee, 'women')).toBe(true);
    expect(isRated(redTee, 'men')).toBe(false);
    expect(ratingFor(redTee, 'men')).toBeNull();
  });
});

describe('describePermutationProblem', () => {
  it('is null for a permutation and lists every problem otherwise', () => {
    expect(describePermutationProblem([3, 1, 2], 3)).toBeNull();
    expect(describePermutationProblem([1, 1, 1, 9], 4)).toBe('9 is out of range, 1 appears 3 times, 2-4 are missing');
  });
});
