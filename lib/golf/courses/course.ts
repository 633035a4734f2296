// A golf course as the rest of the app sees it: tees with per-hole par, stroke index and yardage,
// and (when published) a course rating and slope per gender. Pure; validated with zod.
import { z } from 'zod';
import { describePermutationProblem } from '../permutation';

export type Gender = 'men' | 'women';
export type HoleCount = 9 | 18;

// Course Ratings scale with the holes rated; these bounds only catch typos and swapped fields.
const ratingBounds = { 9: [22.5, 45], 18: [45, 90] } as const;

const nineRating = z.object({
  course_rating: z.number(),
  slope: z.int('slope must be a whole number').min(55, 'slope must be 55-155').max(155, 'slope must be 55-155'),
});
export const teeRatingSchema = nineRating.extend({
  // Published 9-hole ratings of an 18-hole tee, used for 9-hole scores (WHS Rule 5.1b).
  front: nineRating.optional(),
  back: nineRating.optional(),
});
export type NineRating = z.infer<typeof nineRating>;
export type TeeRating = z.infer<typeof teeRatingSchema>;

const holePar = z.int('par must be a whole number').min(3, 'par must be 3-6').max(6, 'par must be 3-6');

export const teeSchema = z.object({
  name: z.string().trim().min(1, 'tee name is required').max(40, 'tee name may have at most 40 characters'),
  // A tee with no rating for a gender is "unrated" for it: playable, but not for handicap posting.
  ratings: z.object({ men: teeRatingSchema.optional(), women: teeRatingSchema.optional() }).default({}),
  par: z.array(holePar),
  // Optional because some sources (tournament cards) publish none; when present it must be complete.
  stroke_index: z.array(z.int('stroke index must be a whole number')).optional(),
  stroke_index_women: z.array(z.int('stroke index must be a whole number')).optional(),
  yardage: z
    .array(z.int('yardage must be a whole number').min(1, 'yardage must be 1-1000').max(1000, 'yardage must be 1-1000'))
    .optional(),
});
export type Tee = z.infer<typeof teeSchema>;

const courseFields = {
  name: z.string().trim().min(1, 'course name is required').max(120, 'course name may have at most 120 characters'),
  location: z
    .object({
      city: z.string().optional(),
      state: z.string().optional(),
      country: z.string().optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
    })
    .default({}),
  holes: z.union([z.literal(9), z.literal(18)], 'a course has 9 or 18 holes'),
  tees: z.array(teeSchema).min(1, 'a course needs at least one tee').max(12, 'a course may have at most 12 tees'),
};

export const courseSchema = z
  .object({ ...courseFields, source: z.object({ name: z.string(), id: z.string().optional() }).optional() })
  .superRefine(checkCourse);

/** What a course builder may send: the same checks, no `source` (that is for imported cards) and no unknown keys. */
export const courseBuilderSchema = z.strictObject(courseFields).superRefine(checkCourse);

// Cross-field rules: unique tee names, per-hole arrays as long as the course, stroke indexes that
// rank every hole once, and ratings within bounds for the holes they rate.
function checkCourse(course: z.infer<z.ZodObject<typeof courseFields>>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  course.tees.forEach((tee, t) => {
    const issue = (message: string, ...path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path: ['tees', t, ...path] });
    if (seen.has(tee.name)) issue(`tee name "${tee.name}" is used twice`, 'name');
    seen.add(tee.name);
    for (const key of ['par', 'yardage', 'stroke_index', 'stroke_index_women'] as const) {
      const values = tee[key];
      if (values && values.length !== course.holes) {
        issue(`${key.replaceAll('_', ' ')} has ${values.length} holes, the course has ${course.holes}`, key);
      }
    }
    for (const key of ['stroke_index', 'stroke_index_women'] as const) {
      const values = tee[key];
      const problem = values && describePermutationProblem(values, course.holes);
      if (problem) issue(`stroke index must be a permutation of 1..${course.holes}: ${problem}`, key);
    }
    for (const gender of ['men', 'women'] as const) {
      const rating = tee.ratings[gender];
      if (!rating) continue;
      checkCourseRating(rating, course.holes, (m) => issue(m, 'ratings', gender, 'course_rating'));
      for (const nine of ['front', 'back'] as const) {
        const r = rating[nine];
        if (r) checkCourseRating(r, 9, (m) => issue(`${nine} nine ${m}`, 'ratings', gender, nine, 'course_rating'));
      }
    }
  });
}

export type Course = z.infer<typeof courseSchema>;
export type CourseInput = z.input<typeof courseSchema>;

function checkCourseRating(r: NineRating, holes: HoleCount, report: (message: string) => void) {
  const [lo, hi] = ratingBounds[holes];
  if (!(r.course_rating >= lo && r.course_rating <= hi)) {
    report(`course rating ${r.course_rating} is outside ${lo.toFixed(1)}-${hi.toFixed(1)} for ${holes} holes`);
  }
}

export type CourseParse = { ok: true; course: Course } | { ok: false; errors: string[] };

/** Validates a course and returns every problem as a readable line ("tee "Blue": hole 4: par must be 3-6"). */
export function parseCourse(input: unknown): CourseParse {
  const result = courseSchema.safeParse(input);
  if (result.success) return { ok: true, course: result.data };
  return { ok: false, errors: result.error.issues.map((i) => describeIssue(i.path, i.message, input)) };
}

const perHole = new Set(['par', 'yardage', 'stroke_index', 'stroke_index_women']);

// Only the tee, the hole and the gender locate a problem; the message already names the field.
function describeIssue(path: readonly PropertyKey[], message: string, input: unknown): string {
  const where: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (seg === 'tees' && typeof next === 'number') {
      const name = (input as { tees?: { name?: unknown }[] } | null)?.tees?.[next]?.name;
      where.push(typeof name === 'string' ? `tee "${name}"` : `tee ${next + 1}`);
      i++;
    } else if (typeof seg === 'string' && perHole.has(seg) && typeof next === 'number') {
      where.push(`hole ${next + 1}`);
      i++;
    } else if (seg === 'men' || seg === 'women') {
      where.push(seg);
    }
  }
  return where.length ? `${where.join(': ')}: ${message}` : message;
}

/** Par of the whole tee. */
export function teePar(tee: Tee): number {
  return tee.par.reduce((a, b) => a + b, 0);
}

/** The stroke index a player of this gender uses; women fall back to the shared one. Null if none is published. */
export function strokeIndexFor(tee: Tee, gender: Gender): number[] | null {
  return (gender === 'women' ? (tee.stroke_index_women ?? tee.stroke_index) : tee.stroke_index) ?? null;
}

/** The published rating for this gender, or null when the tee is unrated for it. */
export function ratingFor(tee: Tee, gender: Gender): TeeRating | null {
  return tee.ratings[gender] ?? null;
}

/** Unrated tees are playable but their scores are not acceptable for handicap purposes. */
export function isRated(tee: Tee, gender: Gender): boolean {
  return ratingFor(tee, gender) !== null;
}
