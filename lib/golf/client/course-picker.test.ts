import { describe, expect, it } from 'vitest';
import type { CourseView } from '../courses/view';
import {
  type CoursePick,
  courseQuery,
  pickerCourses,
  ratedTees,
  searchStatus,
  searchWorthShowing,
  toCoursePick,
} from './course-picker';

const tee = (id: number, rated: boolean) => ({
  id,
  name: rated ? 'White' : 'Forward',
  total_par: 72,
  yardage: null,
  ratings: { men: rated ? { course_rating: 70.2, slope: 126 } : null, women: null },
});
const course = (id: number, name: string, place = ''): CoursePick => ({ id, name, holes: 18, place, tees: [tee(id * 10, true)] });

const loaded = [course(1, 'Statline Links (fictional)', 'Springfield'), course(2, 'Old Course', 'St Andrews, Scotland')];
const links = loaded[0];

describe('course picker', () => {
  it('waits for two characters and tidies the text', () => {
    expect([courseQuery(''), courseQuery(' a '), courseQuery('  Pebble   Beach ')]).toEqual([null, null, 'pebble beach']);
    expect(courseQuery('x'.repeat(200))).toHaveLength(80);
  });

  it('lists the loaded courses until something is typed', () => {
    expect(pickerCourses(loaded, 'a', null, links)).toEqual({ courses: loaded, matches: null });
  });

  it('finds a course past the loaded ones from the server answer for the same text', () => {
    const far = course(4321, 'Pebble Beach', 'California');
    const answer = { query: 'pebble', courses: [far] };
    // Course 4321 is not among the first page the picker opened with; the search finds it.
    expect(pickerCourses(loaded, 'Pebble', answer, undefined)).toEqual({ courses: [far], matches: 1 });
    // An answer to older text is not shown for the new text.
    expect(pickerCourses(loaded, 'pebble b', answer, undefined)).toEqual({ courses: [], matches: 0 });
  });

  it('matches loaded courses by name or place at once, merged with the answer, by name', () => {
    const answer = { query: 'st', courses: [course(900, 'Stonehaven'), course(2, 'Old Course', 'St Andrews, Scotland')] };
    const { courses, matches } = pickerCourses(loaded, 'st', answer, undefined);
    expect(courses.map((c) => c.id)).toEqual([2, 1, 900]);
    expect(matches).toBe(3);
  });

  it('keeps the chosen course pickable when the text no longer matches it', () => {
    const { courses, matches } = pickerCourses(loaded, 'old', null, links);
    expect(courses.map((c) => c.id)).toEqual([1, 2]);
    expect(matches).toBe(1);
  });

  it('says how the search is going', () => {
    expect(searchStatus('a', null, null)).toBeNull();
    expect(searchStatus('old', null, 1)).toBe('1 found so far, searching all courses…');
    expect(searchStatus('zzz', null, 0)).toBe('Searching all courses…');
    expect(searchStatus('zzz', { query: 'zzz', courses: [] }, 0)).toBe('No course matches “zzz”.');
    expect(searchStatus('st', { query: 'st', courses: [] }, 3)).toBe('3 courses match “st”.');
    const offline = { query: 'old', courses: [], error: 'Could not search all courses: no connection.' };
    expect(searchStatus('old', offline, 1)).toBe(
      '1 found among the courses loaded. Could not search all courses: no connection.',
    );
  });

  it('offers the search once scrolling the picker would be a chore or courses are missing from it', () => {
    expect([searchWorthShowing(3, false), searchWorthShowing(3, true), searchWorthShowing(40, false)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('offers only rated tees for a what-if', () => {
    const mixed: CoursePick = { ...course(7, 'Mixed'), tees: [tee(70, true), tee(71, false)] };
    expect(ratedTees([mixed])).toEqual([{ id: 70, courseId: 7, label: 'Mixed · White (70.2 / 126)', genders: ['men'] }]);
  });

  it('keeps only what a picker shows of a course', () => {
    const view: CourseView = {
      id: 5,
      name: 'Nine Oaks',
      location: { city: 'Springfield', state: null, country: 'US', latitude: null, longitude: null },
      holes: 9,
      source: null,
      tees: [
        {
          id: 50,
          name: 'White',
          par: [4, 4, 3, 5, 4, 4, 3, 4, 5],
          total_par: 36,
          stroke_index: null,
          stroke_index_women: null,
          yardage: null,
          ratings: { men: { course_rating: 35.1, slope: 121, front: { course_rating: 35.1, slope: 121 } }, women: null },
        },
      ],
    };
    expect(toCoursePick(view)).toEqual({
      id: 5,
      name: 'Nine Oaks',
      holes: 9,
      place: 'Springfield, US',
      tees: [
        {
          id: 50,
          name: 'White',
          total_par: 36,
          yardage: null,
          ratings: { men: { course_rating: 35.1, slope: 121 }, women: null },
        },
      ],
    });
  });
});
