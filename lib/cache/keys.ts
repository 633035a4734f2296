// Key layout. Tag versions are folded into the entry key so invalidation is O(tags):
// bumping a tag makes every entry that carried it unreachable (it then ages out by TTL),
// with no SCAN/KEYS over the keyspace.

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

/**
 * `<prefix>:c:<key>:v=<v1>.<v2>…` – versions never contain ":" or ".", so splitting at the
 * last ":v=" is unambiguous whatever the key holds.
 */
export function entryKey(prefix: string, key: string, versions: readonly (string | null)[]): string {
  return `${prefix}:c:${key}:v=${versions.map((v) => v ?? ABSENT_VERSION).join('.')}`;
}

/** A fresh tag version: time-ordered for debugging, random so concurrent invalidations differ. */
export function newTagVersion(now = Date.now()): string {
  return `${now.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
