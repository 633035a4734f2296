// Courses and tees in Postgres: writing a validated Course, reading them back as domain Tees.
import { and, asc, eq, gt, ilike, inArray, or, sql } from 'drizzle-orm';
import { type GolfCourseRow, type GolfTeeRow, golfCourses, golfTees } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { Course, Tee, TeeRating } from './course';

export interface CourseWithTees {
  course: GolfCourseRow;
  tees: GolfTeeRow[];
}

type NineRatings = Partial<Record<'men' | 'women', Pick<TeeRating, 'front' | 'back'>>>;

/** A stored tee as the pure golf code takes it. */
export function teeFromRow(row: GolfTeeRow): Tee {
  const nines = (row.nineRatings ?? {}) as NineRatings;
  const rating = (gender: 'men' | 'women', cr: number | null, slope: number | null): TeeRating | undefined =>
    cr === null || slope === null ? undefined : { course_rating: cr, slope, ...nines[gender] };
  const men = rating('men', row.menCourseRating, row.menSlope);
  const women = rating('women', row.womenCourseRating, row.womenSlope);
  return {
    name: row.name,
    ratings: { ...(men ? { men } : {}), ...(women ? { women } : {}) },
    par: row.par,
    ...(row.strokeIndex ? { stroke_index: row.strokeIndex } : {}),
    ...(row.strokeIndexWomen ? { stroke_index_women: row.strokeIndexWomen } : {}),
    ...(row.yardage ? { yardage: row.yardage } : {}),
  };
}

function teeValues(courseId: number, tee: Tee): typeof golfTees.$inferInsert {
  const { men, women } = tee.ratings;
  const nines: NineRatings = {};
  for (const [gender, r] of [['men', men] as const, ['women', women] as const]) {
    if (r?.front || r?.back) nines[gender] = { ...(r.front ? { front: r.front } : {}), ...(r.back ? { back: r.back } : {}) };
  }
  return {
    courseId,
    name: tee.name,
    par: tee.par,
    strokeIndex: tee.stroke_index ?? null,
    strokeIndexWomen: tee.stroke_index_women ?? null,
    yardage: tee.yardage ?? null,
    menCourseRating: men?.course_rating ?? null,
    menSlope: men?.slope ?? null,
    womenCourseRating: women?.course_rating ?? null,
    womenSlope: women?.slope ?? null,
    nineRatings: Object.keys(nines).length ? nines : null,
  };
}

/** A builder's Idempotency-Key, with a hash of the course it was sent with. */
export interface ClientKey {
  key: string;
  hash: string;
}

/**
 * Stores a validated course with its tees. An imported card (one with a source id) that is already
 * stored is left as it is and reported with `created: false`, so re-importing a file changes nothing;
 * so is a builder's course saved again with the same client key (another course with it is refused).
 * Call inside a transaction: the course and its tees land together or not at all.
 */
export async function insertCourse(
  tx: Db,
  course: Course,
  opts: { createdBy: string | null; client?: ClientKey },
): Promise<{ id: number; created: boolean }> {
  const { client } = opts;
  if (client && opts.createdBy) {
    const [existing] = await tx
      .select({ id: golfCourses.id, hash: golfCourses.clientHash })
      .from(golfCourses)
      .where(and(eq(golfCourses.createdBy, opts.createdBy), eq(golfCourses.clientKey, client.key)));
    if (existing) {
      if (existing.hash !== client.hash) {
        throw new DomainError('event_id_conflict', 'This Idempotency-Key was already used to save a different course.');
      }
      return { id: existing.id, created: false };
    }
  }
  const source = course.source?.id ? { name: course.source.name, id: course.source.id } : null;
  if (source) {
    const [existing] = await tx
      .select({ id: golfCourses.id })
      .from(golfCourses)
      .where(and(eq(golfCourses.sourceName, source.name), eq(golfCourses.sourceId, source.id)));
    if (existing) return { id: existing.id, created: false };
  }
  const { city, state, country, latitude, longitude } = course.location;
  const [row] = await tx
    .insert(golfCourses)
    .values({
      name: course.name,
      city: city ?? null,
      state: state ?? null,
      country: country ?? null,
      latitude: latitude ?? null,
      longitude: longitude ?? null,
      holes: course.holes,
      sourceName: source?.name ?? course.source?.name ?? null,
      sourceId: source?.id ?? null,
      createdBy: opts.createdBy,
      clientKey: client?.key ?? null,
      clientHash: client?.hash ?? null,
    })
    .returning({ id: golfCourses.id });
  if (!row) throw new Error('insert returned no row');
  await tx.insert(golfTees).values(course.tees.map((t) => teeValues(row.id, t)));
  return { id: row.id, created: true };
}

async function withTees(db: Db, courses: GolfCourseRow[]): Promise<CourseWithTees[]> {
  if (courses.length === 0) return [];
  const tees = await db
    .select()
    .from(golfTees)
    .where(
      inArray(
        golfTees.courseId,
        courses.map((c) => c.id),
      ),
    )
    .orderBy(asc(golfTees.id));
  return courses.map((course) => ({ course, tees: tees.filter((t) => t.courseId === course.id) }));
}

/** Courses by id (keyset after `afterId`), each with its tees. */
export async function listCourses(db: Db, opts: { afterId?: number; limit: number }): Promise<CourseWithTees[]> {
  const courses = await db
    .select()
    .from(golfCourses)
    .where(opts.afterId ? gt(golfCourses.id, opts.afterId) : undefined)
    .orderBy(asc(golfCourses.id))
    .limit(opts.limit);
  return withTees(db, courses);
}

/** A LIKE pattern matching `text` anywhere: its own % and _ are literal characters. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Courses whose name or place contains `text` (any case), by name then id: the course pickers'
 * search. `afterId` continues after that course in this order (a cursor of an id stays short,
 * where one of a name could outgrow the cursor's limit).
 */
export async function searchCourses(db: Db, opts: { text: string; afterId?: number; limit: number }): Promise<CourseWithTees[]> {
  const pattern = containsPattern(opts.text);
  const courses = await db
    .select()
    .from(golfCourses)
    .where(
      and(
        or(
          ilike(golfCourses.name, pattern),
          ilike(golfCourses.city, pattern),
          ilike(golfCourses.state, pattern),
          ilike(golfCourses.country, pattern),
        ),
        opts.afterId === undefined
          ? undefined
          : sql`(${golfCourses.name}, ${golfCourses.id}) > (select c.name, c.id from golf_courses c where c.id = ${opts.afterId})`,
      ),
    )
    .orderBy(asc(golfCourses.name), asc(golfCourses.id))
    .limit(opts.limit);
  return withTees(db, courses);
}

export async function getCourse(db: Db, id: number): Promise<CourseWithTees | null> {
  const courses = await db.select().from(golfCourses).where(eq(golfCourses.id, id));
  return (await withTees(db, courses))[0] ?? null;
}

/** A tee with the course it belongs to; null when either is unknown. */
export async function findTee(db: Db, teeId: number): Promise<{ course: GolfCourseRow; tee: GolfTeeRow } | null> {
  const [row] = await db
    .select({ course: golfCourses, tee: golfTees })
    .from(golfTees)
    .innerJoin(golfCourses, eq(golfCourses.id, golfTees.courseId))
    .where(eq(golfTees.id, teeId));
  return row ?? null;
}
