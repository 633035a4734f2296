// Cursor pagination: opaque cursors over a stable key order, so inserts never make a reader skip
// or repeat a row that existed when it started.
import { z } from 'zod';
import { ApiError } from './errors';

export const pageQuery = {
  cursor: z.string().max(200).optional(),
  per_page: z.coerce.number().int().min(1).max(100).default(25),
};

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The decoded key, or null for an absent cursor; a malformed one is a validation error. */
export function decodeCursor<T extends unknown[]>(cursor: string | undefined, shape: z.ZodType<T>): T | null {
  if (!cursor) return null;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ApiError('validation_failed', 'The request query is invalid.', [
      { location: 'query', path: 'cursor', message: 'is not a cursor from this API' },
    ]);
  }
}

/** Takes one row more than a page to know whether another page follows. */
export function pageOf<T>(rows: T[], perPage: number, keyOf: (row: T) => unknown[]) {
  const page = rows.slice(0, perPage);
  const last = page.at(-1);
  return {
    data: page,
    meta: { per_page: perPage, next_cursor: rows.length > perPage && last ? encodeCursor(keyOf(last)) : null },
  };
}

/** Query arrays arrive as `ids[]=1&ids[]=2` (an array) or `ids[]=1` (still an array after queryObject). */
export const idList = z.array(z.coerce.number().int().positive()).max(100);
export const seasonList = z.array(z.coerce.number().int().min(1900).max(2200)).max(50);
export const dateList = z.array(z.iso.date()).max(100);
