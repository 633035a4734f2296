// Adding courses: one from the course builder, or every card of a scorecard CSV. Each course is
// its own transaction with its audit row, so a file's good cards land even when others are rejected
// — and a rejected card leaves nothing behind.
import { createHash } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { sqlState } from '@/lib/db/errors';
import { golfTags } from '../tags';
import type { Course } from './course';
import { type CourseCsvFormat, parseCourseCsv, type RejectedCourse } from './csv';
import { type ClientKey, insertCourse } from './queries';

export interface Actor {
  userId: string;
  requestId?: string;
  ip?: string | null;
}

async function storeCourse(db: Db, actor: Actor, course: Course, action: string, client?: ClientKey) {
  return db.transaction(async (t) => {
    const stored = await insertCourse(t, course, { createdBy: actor.userId, client });
    if (stored.created) {
      await recordAudit(t, {
        actorId: actor.userId,
        action,
        targetType: 'golf_course',
        targetId: String(stored.id),
        requestId: actor.requestId,
        ip: actor.ip ?? null,
        details: { name: course.name, holes: course.holes, tees: course.tees.map((x) => x.name), source: course.source ?? null },
      });
    }
    return stored;
  });
}

/**
 * Adds a builder's course. With an idempotency key, saving the same course again answers the stored
 * one (`created: false`), also when two saves race; the same key with another course is refused.
 */
export async function createCourse(
  db: Db,
  actor: Actor,
  course: Course,
  idempotencyKey?: string,
): Promise<{ id: number; created: boolean }> {
  const client = idempotencyKey ? { key: idempotencyKey, hash: courseHash(course) } : undefined;
  let stored: { id: number; created: boolean };
  try {
    stored = await storeCourse(db, actor, course, 'golf-course.create', client);
  } catch (err) {
    // The same save arrived twice at once: the other one stored it, so this one finds it.
    if (!client || sqlState(err) !== '23505') throw err;
    stored = await storeCourse(db, actor, course, 'golf-course.create', client);
  }
  if (stored.created) await invalidateTags([golfTags.courses]);
  return stored;
}

/** The validated course as a stable digest: key order is fixed by the schema's output. */
function courseHash(course: Course): string {
  return createHash('sha256').update(JSON.stringify(course)).digest('base64url');
}

export interface CourseImportReport {
  format: CourseCsvFormat;
  imported: { id: number; name: string; created: boolean; source_id: string | null }[];
  rejected: RejectedCourse[];
}

/** Imports every complete card of the file; incomplete ones are reported with the holes they miss. */
export async function importCourses(db: Db, actor: Actor, text: string): Promise<CourseImportReport> {
  const parsed = parseCourseCsv(text);
  const imported: CourseImportReport['imported'] = [];
  for (const course of parsed.courses) {
    let stored: { id: number; created: boolean };
    try {
      stored = await storeCourse(db, actor, course, 'golf-course.import');
    } catch (err) {
      // Another upload of the same card won the race: it is stored now, which is what was asked.
      if (sqlState(err) !== '23505') throw err;
      stored = await storeCourse(db, actor, course, 'golf-course.import');
    }
    imported.push({ id: stored.id, name: course.name, created: stored.created, source_id: course.source?.id ?? null });
  }
  if (imported.some((c) => c.created)) await invalidateTags([golfTags.courses]);
  return { format: parsed.format, imported, rejected: parsed.rejected };
}
