// One definition of a UUID for every boundary (contracts, headers, pages): zod's RFC 9562 check, so
// an id a page accepts is one the API accepts too. Ids are lower-cased on the way in: they name
// streams and cache keys as text, and an id sent in upper case must reach the same thing.
import { z } from 'zod';

/** A UUID taken from a request (path, query, header or body), lower-cased. */
export const uuidInput = (message?: string) => z.uuid(message).toLowerCase();

/** Whether `value` is a UUID, in either case. */
export function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}
