// The one cache interface. Three drivers implement it: node `redis` (REDIS_URL),
// `@upstash/redis` (UPSTASH_REDIS_REST_*) and an in-process LRU (neither configured).
export type CacheDriverName = 'redis' | 'upstash' | 'memory';

export interface IncrItem {
  key: string;
  ttlSeconds?: number;
}

export interface CacheDriver {
  readonly name: CacheDriverName;
  /** String value or null when absent/expired. Keys are passed through unprefixed: callers prefix. */
  get(key: string): Promise<string | null>;
  mget(keys: string[]): Promise<(string | null)[]>;
  /** ttlSeconds > 0 required: nothing in Statline's cache lives forever. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  del(keys: string[]): Promise<void>;
  /**
   * Atomic increment; when the key is new it gets ttlSeconds of life (fixed window).
   * Returns the new count and the remaining time to live in ms.
   */
  incr(key: string, ttlSeconds?: number): Promise<{ count: number; ttlMs: number }>;
  /** incr() of several keys, atomically and in one round trip; results in the order asked. */
  incrMany(items: readonly IncrItem[]): Promise<{ count: number; ttlMs: number }[]>;
  publish(channel: string, message: string): Promise<void>;
  /** Resolves once the subscription is active; returns an unsubscribe function. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
  /** Throws when the backend cannot be reached (bounded by a short timeout). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
