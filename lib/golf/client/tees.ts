// How a tee reads in lists and pickers: its length, par, and rating per gender or "unrated".
export interface TeeRatingLine {
  course_rating: number;
  slope: number;
}
export interface TeeLine {
  id: number;
  name: string;
  total_par: number;
  yardage: number[] | null;
  ratings: { men: TeeRatingLine | null; women: TeeRatingLine | null };
}

export const teeYards = (t: Pick<TeeLine, 'yardage'>): number | null => (t.yardage ? t.yardage.reduce((a, b) => a + b, 0) : null);

export const ratingText = (r: TeeRatingLine | null): string => (r ? `${r.course_rating.toFixed(1)} / ${r.slope}` : 'unrated');

export const isRatedFor = (t: Pick<TeeLine, 'ratings'>, gender: 'men' | 'women'): boolean => t.ratings[gender] !== null;

/** One line for a tee picker: name, yards, par, and whether a score there counts for handicap. */
export function teeOption(t: TeeLine, gender: 'men' | 'women'): string {
  const yards = teeYards(t);
  const rated = t.ratings[gender];
  const rating = rated ? `rated ${ratingText(rated)}` : `unrated for ${gender}: not posted for handicap`;
  return `${t.name} · ${yards === null ? '' : `${yards.toLocaleString('en-US')} yds · `}par ${t.total_par} · ${rating}`;
}
