// Tag-based cache-aside. A read is one round trip: MGET of the entry and its tags' versions (with a
// data version held elsewhere read at the same time, when given); the entry stores the versions it
// was computed under and counts only if they are still current.
// Invalidation is one SET per tag. The cache only ever speeds requests up: any cache failure or slowness
// degrades to calling load() directly.
import { env } from '@/lib/env';
import { countCacheResult, reportCacheError, withTimeout } from './guard';
import { getCache } from './index';
import { newTagVersion, normalizeTags, slotKey, tagKey, versionStamp } from './keys';
import type { CacheDriver } from './types';

export interface CacheCallOptions {
  /** Defaults to getCache(). */
  cache?: CacheDriver;
  /** Defaults to CACHE_PREFIX. */
  prefix?: string;
  /** Bound on each cache round trip (reads default 250 ms, invalidation 1000 ms). */
  timeoutMs?: number;
}

export interface CachedOptions extends CacheCallOptions {
  /**
   * A version of the data held outside the cache (e.g. a Postgres counter its writers bump), read
   * alongside the cache and folded into the entry's stamp: an entry written under another version is
   * a miss, whatever became of the tag invalidations. Its errors are the caller's, as load()'s are.
   */
  dataVersion?: () => Promise<string | number>;
}

/**
 * Tag versions outlive every entry: entry TTLs are capped below this, so a version key that
 * expires (reading as "0" again) can never resurrect an entry written under an old "0".
 */
export const TAG_TTL_SECONDS = 30 * 24 * 60 * 60;
const MAX_ENTRY_TTL_SECONDS = TAG_TTL_SECONDS - 24 * 60 * 60;

export async function cached<T>(
  key: string,
  tags: readonly string[],
  ttlSeconds: number,
  load: () => Promise<T> | T,
  options: CachedOptions = {},
): Promise<T> {
  if (!(ttlSeconds > 0)) return load();
  const timeoutMs = options.timeoutMs ?? 250;
  // Started first, so its round trip overlaps the cache's.
  const dataVersion = options.dataVersion?.();
  dataVersion?.catch(() => {}); // awaited below, unless the cache fails first
  let cache: CacheDriver | undefined;
  let storeKey: string;
  let raw: string | null | undefined;
  let stamp: string;
  try {
    cache = options.cache ?? getCache();
    const prefix = options.prefix ?? env().CACHE_PREFIX;
    const tagKeys = normalizeTags(tags).map((t) => tagKey(prefix, t));
    storeKey = slotKey(prefix, key);
    let versions: (string | null)[];
    [raw, ...versions] = await withTimeout(cache.mget([storeKey, ...tagKeys]), timeoutMs);
    stamp = versionStamp(versions);
  } catch (err) {
    reportCacheError(cache?.name ?? 'unknown', 'read', err);
    // The cache state is unknown: load without writing back.
    return load();
  }
  if (dataVersion) stamp = `${stamp}@${await dataVersion}`;
  const hit = raw === null || raw === undefined ? undefined : parse<T>(raw, stamp);
  if (hit) {
    countCacheResult(cache.name, 'hit');
    return hit.value;
  }
  countCacheResult(cache.name, 'miss');

  const value = await load();
  if (value === undefined) return value;
  const ttl = Math.min(ttlSeconds, MAX_ENTRY_TTL_SECONDS);
  const c = cache;
  // Stamped with the versions read *before* loading: an invalidation racing the load leaves a stale stamp, so a miss.
  const write = withTimeout(
    Promise.resolve().then(() => c.set(storeKey, JSON.stringify({ v: stamp, d: value }), ttl)),
    timeoutMs,
  ).catch((err) => reportCacheError(c.name, 'write', err));
  // Over one ordered connection (TCP Redis, in-process) a later read is queued behind this write,
  // so the caller need not wait for it. Over HTTP (Upstash) requests may overtake each other.
  if (c.name === 'upstash') await write;
  return value;
}

/**
 * Makes every entry cached under any of `tags` unreachable. Never throws (it runs on write
 * paths after a commit); resolves false when the cache could not be updated.
 */
export async function invalidateTags(tags: readonly string[], options: CacheCallOptions = {}): Promise<boolean> {
  const unique = normalizeTags(tags);
  if (unique.length === 0) return true;
  let cache: CacheDriver | undefined;
  try {
    cache = options.cache ?? getCache();
    const prefix = options.prefix ?? env().CACHE_PREFIX;
    const c = cache;
    // A fresh unique version (not INCR) so each invalidation also refreshes the tag's long TTL.
    const writes = unique.map((t) => c.set(tagKey(prefix, t), newTagVersion(), TAG_TTL_SECONDS));
    await withTimeout(Promise.all(writes), options.timeoutMs ?? 1000);
    return true;
  } catch (err) {
    reportCacheError(cache?.name ?? 'unknown', 'invalidate', err);
    return false;
  }
}

function parse<T>(raw: string, stamp: string): { value: T } | undefined {
  try {
    const entry = JSON.parse(raw) as { v?: unknown; d?: T };
    return entry.v === stamp && 'd' in entry ? { value: entry.d as T } : undefined;
  } catch {
    // A foreign or truncated value: treat as a miss and let the write-back replace it.
    return undefined;
  }
}
