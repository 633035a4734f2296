// Key layout. Entries store the tag versions they were computed under, so invalidation is O(tags):
// bumping a tag makes every entry that carried it stale (it is replaced on the next read or ages
// out by TTL), with no SCAN/KEYS over the keyspace.

/** Tag versions are unique tokens; an absent tag (never invalidated, or expired) reads as "0". */
export const ABSENT_VERSION = '0';

export function tagKey(prefix: string, tag: string): string {
  return `${prefix}:tag:${tag}`;
}

export function rateLimitKey(prefix: string, key: string): string {
  return `${prefix}:rl:${key}`;
}

/** Sorted and de-duplicated so the same tag set always yields the same entry key. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags)].sort();
}

/** A fresh tag version: time-ordered for debugging, random so concurrent invalidations differ. */
export function newTagVersion(now = Date.now()): string {
  return `${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Where an entry lives, whatever its tags' versions (they are stored inside it, see cached.ts). */
export function slotKey(prefix: string, key: string): string {
  return `${prefix}:c:${key}`;
}

/** The versions an entry was computed under, as one comparable string. */
export function versionStamp(versions: readonly (string | null | undefined)[]): string {
  return versions.map((v) => v ?? ABSENT_VERSION).join('.');
}
