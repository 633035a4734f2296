import { describe, expect, it } from 'vitest';
import { isRatedFor, ratingText, teeOption, teeYards } from './tees';

const white = {
  id: 3,
  name: 'White',
  total_par: 72,
  yardage: [3000, 3205],
  ratings: { men: { course_rating: 70.2, slope: 126 }, women: null },
};

describe('tees', () => {
  it('adds the yards and reads the rating per gender', () => {
    expect(teeYards(white)).toBe(6205);
    expect(teeYards({ yardage: null })).toBeNull();
    expect(ratingText(white.ratings.men)).toBe('70.2 / 126');
    expect(ratingText(null)).toBe('unrated');
    expect([isRatedFor(white, 'men'), isRatedFor(white, 'women')]).toEqual([true, false]);
  });

  it('says in the picker whether a score there would be posted', () => {
    expect(teeOption(white, 'men')).toBe('White · 6,205 yds · par 72 · rated 70.2 / 126');
    expect(teeOption(white, 'women')).toBe('White · 6,205 yds · par 72 · unrated for women: not posted for handicap');
  });
});
