// Fixed-window rate limiting on the cache's atomic INCR. Fails OPEN: an unreachable cache
// must not lock every user out, so it lets requests through and flags the result degraded.
import { env } from '@/lib/env';
import { reportCacheError, withTimeout } from './guard';
import { getCache } from './index';
import { rateLimitKey } from './keys';
import type { CacheDriver } from './types';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for Retry-After / RateLimit-Reset). */
  resetSeconds: number;
  /** True when the cache failed and the request was allowed without counting. */
  degraded: boolean;
}

export interface RateLimitOptions {
  prefix?: string;
  timeoutMs?: number;
}

/** Pure: turns the counter state into a decision. */
export function rateLimitDecision(count: number, ttlMs: number, limit: number, windowSeconds: number): RateLimitResult {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: ttlMs > 0 ? Math.ceil(ttlMs / 1000) : windowSeconds,
    degraded: false,
  };
}

export async function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  cache?: CacheDriver,
  options: RateLimitOptions = {},
): Promise<RateLimitResult> {
  let driver: CacheDriver | undefined = cache;
  try {
    driver ??= getCache();
    const prefix = options.prefix ?? env().CACHE_PREFIX;
    const { count, ttlMs } = await withTimeout(driver.incr(rateLimitKey(prefix, key), windowSeconds), options.timeoutMs ?? 250);
    return rateLimitDecision(count, ttlMs, limit, windowSeconds);
  } catch (err) {
    reportCacheError(driver?.name ?? 'unknown', 'rate-limit', err);
    return { allowed: true, limit, remaining: limit, resetSeconds: windowSeconds, degraded: true };
  }
}
