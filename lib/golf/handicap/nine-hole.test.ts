import { describe, expect, it } from 'vitest';
import { combinedNineHoleRating } from './nine-hole';

describe('combinedNineHoleRating (Rule 5.1b)', () => {
  it('adds the two Course Ratings and averages the Slope Ratings, rounded to a whole number', () => {
    expect(combinedNineHoleRating({ course_rating: 35.3, slope: 125 }, { course_rating: 34.9, slope: 127 })).toEqual({
      course_rating: 70.2,
      slope: 126,
    });
    // 129.5 rounds up; 36.1 + 35.4 is 71.5 with no binary noise left over.
    expect(combinedNineHoleRating({ course_rating: 36.1, slope: 131 }, { course_rating: 35.4, slope: 128 })).toEqual({
      course_rating: 71.5,
      slope: 130,
    });
  });
});
