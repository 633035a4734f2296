// JSON shape of a course with its tees (snake_case, as the API answers it).
import { z } from 'zod';
import { teeRatingSchema } from './course';
import type { CourseWithTees } from './queries';

const int = z.number().int();

export const teeView = z.object({
  id: int,
  name: z.string(),
  par: z.array(int),
  total_par: int,
  stroke_index: z.array(int).nullable(),
  stroke_index_women: z.array(int).nullable(),
  yardage: z.array(int).nullable(),
  ratings: z
    .object({ men: teeRatingSchema.nullable(), women: teeRatingSchema.nullable() })
    .describe('Null for a gender means the tee is unrated for it: playable, but its scores are not posted for handicap'),
});

export const courseView = z.object({
  id: int,
  name: z.string(),
  location: z.object({
    city: z.string().nullable(),
    state: z.string().nullable(),
    country: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  }),
  holes: z.union([z.literal(9), z.literal(18)]),
  source: z.object({ name: z.string(), id: z.string().nullable() }).nullable(),
  tees: z.array(teeView),
});
export type CourseView = z.infer<typeof courseView>;

type NineRatings = Partial<Record<'men' | 'women', Record<string, unknown>>>;

export function toCourseView({ course, tees }: CourseWithTees): CourseView {
  return {
    id: course.id,
    name: course.name,
    location: {
      city: course.city,
      state: course.state,
      country: course.country,
      latitude: course.latitude,
      longitude: course.longitude,
    },
    holes: course.holes === 9 ? 9 : 18,
    source: course.sourceName ? { name: course.sourceName, id: course.sourceId } : null,
    tees: tees.map((t) => {
      const nines = (t.nineRatings ?? {}) as NineRatings;
      const rating = (gender: 'men' | 'women', cr: number | null, slope: number | null) =>
        cr === null || slope === null ? null : { course_rating: cr, slope, ...nines[gender] };
      return {
        id: t.id,
        name: t.name,
        par: t.par,
        total_par: t.par.reduce((a, b) => a + b, 0),
        stroke_index: t.strokeIndex,
        stroke_index_women: t.strokeIndexWomen,
        yardage: t.yardage,
        ratings: {
          men: rating('men', t.menCourseRating, t.menSlope),
          women: rating('women', t.womenCourseRating, t.womenSlope),
        },
      };
    }),
  };
}
