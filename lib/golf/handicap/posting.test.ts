import { describe, expect, it } from 'vitest';
import { blueTee, redTee, whiteTee } from '@/test/fixtures/golf/tees';
import type { HoleScore } from '../hole-score';
import { scoreForPosting } from './posting';

// Par on every hole of the Blue tee, then a few blow-ups.
const pars = (from: number, to: number): HoleScore[] =>
  blueTee.par.slice(from - 1, to).map((par, i) => ({ hole: from + i, strokes: par }));
const withStrokes = (holes: HoleScore[], changes: Record<number, number>) =>
  holes.map((h) => (changes[h.hole] ? { ...h, strokes: changes[h.hole] as number } : h));

describe('scoreForPosting', () => {
  it('caps holes at Net Double Bogey with the Course Handicap of the day', () => {
    // HI 12.4 on Blue (CR 70.5, slope 125, par 72) → Course Handicap 12: one stroke on SI 1-12.
    // Hole 4 (par 5, SI 1): 10 counts as 8. Hole 7 (par 3, SI 17, no stroke): 9 counts as 5.
    const r = scoreForPosting({
      date: '2024-05-01',
      course: 'Statline Links',
      tee: blueTee,
      holes: withStrokes(pars(1, 18), { 4: 10, 7: 9 }),
      handicapIndex: 12.4,
    });
    expect(r.course_handicap).toBe(12);
    expect(r.gross).toBe(72 + 5 + 6);
    expect(r.holes.find((h) => h.hole === 4)).toEqual({ hole: 4, gross: 10, max: 8, adjusted: 8 });
    expect(r.holes.find((h) => h.hole === 7)).toEqual({ hole: 7, gross: 9, max: 5, adjusted: 5 });
    expect(r.score).toEqual({
      date: '2024-05-01',
      course: 'Statline Links',
      holes: 18,
      ags: 72 + 3 + 2,
      course_rating: 70.5,
      slope: 125,
    });
  });

  it('caps at par + 5 for a player without an index, and needs no stroke index then', () => {
    const bare = { ...blueTee, stroke_index: undefined, stroke_index_women: undefined };
    const r = scoreForPosting({
      date: '2024-05-01',
      course: 'X',
      tee: bare,
      holes: withStrokes(pars(1, 18), { 1: 11 }),
      handicapIndex: null,
    });
    expect(r.holes[0]).toEqual({ hole: 1, gross: 11, max: 9, adjusted: 9 });
    expect(r.course_handicap).toBeNull();
  });

  it('posts one nine with that nine’s rating and a 9-hole Course Handicap', () => {
    // 9-hole CH for 12.4 on the front (35.4 / 124, par 36) is 6; front SI ranked: hole 4 is 1, hole 7 is 9.
    const r = scoreForPosting({
      date: '2024-05-01',
      course: 'Statline Links',
      tee: blueTee,
      holes: withStrokes(pars(1, 9), { 4: 10, 7: 9 }),
      handicapIndex: 12.4,
      pcc: 1,
    });
    expect(r.nine).toBe('front');
    expect(r.course_handicap).toBe(6);
    expect(r.holes.find((h) => h.hole === 4)?.max).toBe(8);
    expect(r.holes.find((h) => h.hole === 7)?.max).toBe(5);
    expect(r.score).toMatchObject({ holes: 9, ags: 36 + 3 + 2, course_rating: 35.4, slope: 124, pcc: 1 });
  });

  it('uses the back nine’s rating for holes 10-18', () => {
    const r = scoreForPosting({ date: '2024-05-01', course: 'S', tee: blueTee, holes: pars(10, 18), handicapIndex: 20 });
    expect(r.nine).toBe('back');
    expect(r.score).toMatchObject({ holes: 9, course_rating: 35.1, slope: 126 });
  });

  it('refuses an unrated tee, a nine without its rating, and a partial round', () => {
    const post = (tee: typeof blueTee, holes: HoleScore[]) =>
      scoreForPosting({ date: '2024-05-01', course: 'S', tee, holes, handicapIndex: 10 });
    expect(() => post(redTee, pars(1, 18))).toThrow(`tee "Red" has no men's rating, so its scores cannot be posted`);
    expect(() => post(whiteTee, pars(1, 9))).toThrow('tee "White" has no published front nine rating for men');
    expect(() => post(blueTee, pars(1, 14))).toThrow('needs all 18 holes or one complete nine: missing holes 15-18');
  });

  it('uses the women’s rating and stroke index for women', () => {
    const r = scoreForPosting({
      date: '2024-05-01',
      course: 'S',
      tee: blueTee,
      gender: 'women',
      holes: pars(1, 18),
      handicapIndex: 0.4,
    });
    // 0.4 × 131 / 113 + (75.9 − 72) = 4.36 → 4: women's SI 1-4 are holes 4, 14, 9, 12.
    expect(r.course_handicap).toBe(4);
    expect(r.holes.filter((h) => h.max - (blueTee.par[h.hole - 1] as number) === 3).map((h) => h.hole)).toEqual([4, 9, 12, 14]);
  });
});
