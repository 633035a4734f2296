// The course pickers (start a round, the handicap what-if) open with the first courses and find any
// other by name or town as the golfer types: the loaded ones match at once, the server's answer for
// the same text joins them when it comes. The course already chosen always stays pickable.
import type { CourseView } from '../courses/view';
import { ratingText, type TeeLine } from './tees';

export interface CoursePick {
  id: number;
  name: string;
  holes: number;
  /** "City, State, Country", or empty when unknown. */
  place: string;
  tees: TeeLine[];
}

/** The server's answer to one search text; an answer to an older text is not shown. */
export interface CourseSearchAnswer {
  query: string;
  courses: CoursePick[];
  /** Set when the search failed (offline, over budget): the loaded courses still match. */
  error?: string;
}

export type CourseSearchResult = { ok: true; courses: CoursePick[] } | { ok: false; message: string };

// A handful of courses fits a phone's picker; past that, or when not every course was loaded, typing beats scrolling.
const FITS_A_SCREEN = 15;

export const searchWorthShowing = (loaded: number, more: boolean): boolean => more || loaded > FITS_A_SCREEN;

export const MIN_COURSE_QUERY = 2;
export const MAX_COURSE_QUERY = 80;

/** Only what a picker shows: the per-hole par and stroke index stay on the server. */
export function toCoursePick(c: CourseView): CoursePick {
  return {
    id: c.id,
    name: c.name,
    holes: c.holes,
    place: [c.location.city, c.location.state, c.location.country].filter(Boolean).join(', '),
    tees: c.tees.map((t) => ({
      id: t.id,
      name: t.name,
      total_par: t.total_par,
      yardage: t.yardage,
      ratings: {
        men: t.ratings.men && { course_rating: t.ratings.men.course_rating, slope: t.ratings.men.slope },
        women: t.ratings.women && { course_rating: t.ratings.women.course_rating, slope: t.ratings.women.slope },
      },
    })),
  };
}

/** The text worth searching for (case does not matter), or null while it is too short to narrow anything. */
export function courseQuery(text: string): string | null {
  const q = text.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_COURSE_QUERY);
  return q.length >= MIN_COURSE_QUERY ? q : null;
}

/** Case-insensitive, over the name and the place, as the server's search matches. */
export function courseMatches(c: Pick<CoursePick, 'name' | 'place'>, query: string): boolean {
  const q = query.toLowerCase();
  return c.name.toLowerCase().includes(q) || c.place.toLowerCase().includes(q);
}

export interface PickerList {
  courses: CoursePick[];
  /** How many courses match the text; null while nothing is being searched. */
  matches: number | null;
}

/** The courses a picker lists for the text typed so far; the chosen one stays first when it no longer matches. */
export function pickerCourses(
  loaded: readonly CoursePick[],
  text: string,
  answer: CourseSearchAnswer | null,
  chosen: CoursePick | undefined,
): PickerList {
  const query = courseQuery(text);
  let list: CoursePick[] = [...loaded];
  if (query) {
    const byId = new Map<number, CoursePick>();
    for (const c of loaded) if (courseMatches(c, query)) byId.set(c.id, c);
    if (answer?.query === query) for (const c of answer.courses) byId.set(c.id, c);
    list = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
  }
  const matches = query ? list.length : null;
  return { courses: chosen && !list.some((c) => c.id === chosen.id) ? [chosen, ...list] : list, matches };
}

/** The line under the search box; null when nothing is being searched. */
export function searchStatus(text: string, answer: CourseSearchAnswer | null, matches: number | null): string | null {
  const query = courseQuery(text);
  if (!query || matches === null) return null;
  if (answer?.query !== query) return matches ? `${matches} found so far, searching all courses…` : 'Searching all courses…';
  if (answer.error) return matches ? `${matches} found among the courses loaded. ${answer.error}` : answer.error;
  if (matches === 0) return `No course matches “${query}”.`;
  return `${matches} course${matches === 1 ? '' : 's'} match “${query}”.`;
}

export interface RatedTee {
  id: number;
  courseId: number;
  label: string;
  genders: ('men' | 'women')[];
}

/** The what-if's tees: only rated ones, since a score on an unrated tee is never posted. */
export function ratedTees(courses: readonly CoursePick[]): RatedTee[] {
  return courses.flatMap((c) =>
    c.tees.flatMap((t) => {
      const genders = (['men', 'women'] as const).filter((g) => t.ratings[g] !== null);
      const first = genders[0];
      return first
        ? [{ id: t.id, courseId: c.id, label: `${c.name} · ${t.name} (${ratingText(t.ratings[first])})`, genders }]
        : [];
    }),
  );
}
