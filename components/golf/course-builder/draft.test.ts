import { describe, expect, it } from 'vitest';
import { type CourseDraft, newTee, problems, resize, toBody } from './draft';

const draft = (): CourseDraft => {
  const tee = newTee(9, 'White');
  tee.strokeIndex = ['1', '3', '5', '7', '9', '2', '4', '6', '8'];
  tee.menRating = '35.1';
  tee.menSlope = '121';
  return { name: 'Nine Oaks', city: 'Springfield', holes: 9, tees: [tee] };
};

describe('course builder draft', () => {
  it('converts a complete card into a body the course schema accepts', () => {
    expect(problems(draft())).toEqual([]);
    expect(toBody(draft()).tees[0]).toMatchObject({
      par: Array(9).fill(4),
      ratings: { men: { course_rating: 35.1, slope: 121 } },
    });
  });

  it('names the tee and the problem when the stroke index is not a permutation', () => {
    const d = draft();
    (d.tees[0] as { strokeIndex: string[] }).strokeIndex[1] = '1';
    expect(problems(d).join('\n')).toMatch(/Tee "White".*stroke index must be a permutation of 1\.\.9/);
  });

  it("sends a women's stroke index only when one is entered, and names its problems", () => {
    expect(toBody(draft()).tees[0]).not.toHaveProperty('stroke_index_women');
    const d = draft();
    const tee = d.tees[0] as CourseDraft['tees'][0];
    tee.strokeIndexWomen = ['2', '4', '6', '8', '1', '3', '5', '7', '9'];
    expect(problems(d)).toEqual([]);
    expect(toBody(d).tees[0]).toMatchObject({ stroke_index_women: [2, 4, 6, 8, 1, 3, 5, 7, 9] });
    tee.strokeIndexWomen[8] = '';
    expect(problems(d)).toContain(`Tee "White" (hole 9): women's stroke index is missing`);
    expect(resize(d, 18).tees[0]?.strokeIndexWomen).toHaveLength(18);
  });

  it('keeps an unrated tee unrated and resizes holes without losing entered values', () => {
    const d = draft();
    d.tees[0] = { ...(d.tees[0] as CourseDraft['tees'][0]), menRating: '', menSlope: '' };
    expect(toBody(d).tees[0]?.ratings).toEqual({});
    const big = resize(d, 18);
    expect(big.tees[0]?.par).toHaveLength(18);
    expect(big.tees[0]?.strokeIndex.slice(0, 9)).toEqual(d.tees[0]?.strokeIndex);
    expect(problems(big)).toContain('Tee "White" (hole 10): stroke index is missing');
  });
});
