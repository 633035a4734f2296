// Version counters held in Postgres, for cache keys that must move with the data they cache. A
// writer bumps the counter inside its own transaction (the row lock orders concurrent writers, and
// the new value is visible exactly when the data is); a reader folds the value into its cache key,
// so an entry computed before a write is never the answer after it, whatever the cache did.
import { eq, sql } from 'drizzle-orm';
import { dataVersions } from '@/drizzle/schema';
import type { Db } from './client';

/** Moves `name` on. Call as late as possible in the writing transaction: the row stays locked until commit. */
export async function bumpDataVersion(db: Db, name: string): Promise<void> {
  await db
    .insert(dataVersions)
    .values({ name, version: 1 })
    .onConflictDoUpdate({ target: dataVersions.name, set: { version: sql`${dataVersions.version} + 1` } });
}

/** The current version of `name` (0 before its first write): one primary-key probe. */
export async function readDataVersion(db: Db, name: string): Promise<number> {
  const [row] = await db.select({ version: dataVersions.version }).from(dataVersions).where(eq(dataVersions.name, name));
  return row?.version ?? 0;
}
