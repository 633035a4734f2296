// Basketball reads are cached under the basketball tags and stamped with the basketball data version
// held in Postgres (lib/db/versions.ts). Every write that changes games or box scores (imports, live-game
// projections, rebuilds, new games) bumps the version in its own transaction, so the next read
// misses even when the tag invalidation after the commit was lost. The version costs each read one
// primary-key probe, made while the cache is read.
import { cached } from '@/lib/cache/cached';
import type { Db } from '@/lib/db/client';
import { bumpDataVersion, readDataVersion } from '@/lib/db/versions';
import { basketballTags } from './tags';

const BASKETBALL_DATA = 'basketball';

/** Marks basketball data changed; call inside the writing transaction, after its writes. */
export async function touchBasketballData(tx: Db): Promise<void> {
  await bumpDataVersion(tx, BASKETBALL_DATA);
}

/** cached() for a basketball read: tagged with every basketball tag and stamped with the data version. */
export function cachedBasketball<T>(
  db: Db,
  key: string,
  ttlSeconds: number,
  load: () => Promise<T>,
  moreTags: readonly string[] = [],
): Promise<T> {
  return cached(key, [...basketballTags.all, ...moreTags], ttlSeconds, load, {
    dataVersion: () => readDataVersion(db, BASKETBALL_DATA),
  });
}
