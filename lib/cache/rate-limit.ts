// Fixed-window rate limiting: an in-process window per key in front (local-window.ts), then one
// atomic script on the shared cache for every budget the check touches. When the cache fails or is
// too slow, the caller picks the policy: 'open' lets the request through (an unreachable cache must
// not lock every reader out; the local window still holds each process to the limit), 'closed'
// refuses it (a guard on passwords must not turn off when Redis is saturated – that is the attack).
import { env } from '@/lib/env';
import { reportCacheError, withTimeout } from './guard';
import { getCache } from './index';
import { rateLimitKey } from './keys';
import { createLocalWindows, type LocalWindows } from './local-window';
import type { CacheDriver } from './types';

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for Retry-After / RateLimit-Reset). */
  resetSeconds: number;
  /** True when the shared cache failed, so the answer came from this process alone. */
  degraded: boolean;
}

export interface RateLimitOptions {
  prefix?: string;
  timeoutMs?: number;
  /** What a failed or slow shared cache means: allow within the local window, or refuse. */
  onCacheFailure?: 'open' | 'closed';
}

export interface Budget {
  key: string;
  limit: number;
  windowSeconds: number;
}

// A closed limiter waits longer before it gives up: each give-up refuses a person.
const TIMEOUT_MS = { open: 250, closed: 1000 };

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

/** Pure: one answer for several budgets, the tightest one speaking for all. */
export function combineDecisions(results: RateLimitResult[]): RateLimitResult {
  const refused = results.filter((r) => !r.allowed);
  const pool = refused.length > 0 ? refused : results;
  const tightest = pool.reduce((a, b) =>
    b.remaining < a.remaining || (b.remaining === a.remaining && b.resetSeconds > a.resetSeconds) ? b : a,
  );
  return { ...tightest, degraded: results.some((r) => r.degraded) };
}

// Per driver, so each cache (and each test's cache) has its own local windows; `fallback` serves
// when no driver could be created at all. On globalThis, as the cache itself is (see index.ts):
// per-bundle copies would give each Next.js bundle a budget of its own.
const KEY = Symbol.for('statline.rateLimitWindows');
type Holder = { [KEY]?: { byDriver: WeakMap<CacheDriver, LocalWindows>; fallback: LocalWindows } };
function localWindows(driver: CacheDriver | undefined): LocalWindows {
  const g = globalThis as Holder;
  g[KEY] ??= { byDriver: new WeakMap(), fallback: createLocalWindows() };
  const { byDriver, fallback } = g[KEY];
  if (!driver) return fallback;
  let windows = byDriver.get(driver);
  if (!windows) {
    windows = createLocalWindows();
    byDriver.set(driver, windows);
  }
  return windows;
}

/** Counts one hit on every budget and allows the request only if all of them still have room. */
export async function hitRateLimits(
  budgets: readonly Budget[],
  cache?: CacheDriver,
  options: RateLimitOptions = {},
): Promise<RateLimitResult> {
  if (budgets.length === 0) throw new Error('hitRateLimits needs at least one budget');
  const policy = options.onCacheFailure ?? 'open';
  let driver: CacheDriver | undefined = cache;
  let driverError: unknown;
  try {
    driver ??= getCache();
  } catch (err) {
    driverError = err;
  }
  const prefix = options.prefix ?? env().CACHE_PREFIX;
  const keys = budgets.map((b) => rateLimitKey(prefix, b.key));
  const local = localWindows(driver);
  // Every budget is counted before any is judged, as the shared script does.
  const seen = budgets.map((b, i) => local.hit(keys[i] as string, b.windowSeconds));
  const byThisProcess = budgets.map((b, i) =>
    rateLimitDecision(seen[i]?.count ?? 0, seen[i]?.resetMs ?? 0, b.limit, b.windowSeconds),
  );
  if (byThisProcess.some((r) => !r.allowed)) return combineDecisions(byThisProcess);
  try {
    if (!driver) throw driverError;
    const items = budgets.map((b, i) => ({ key: keys[i] as string, ttlSeconds: b.windowSeconds }));
    const shared = await withTimeout(driver.incrMany(items), options.timeoutMs ?? TIMEOUT_MS[policy]);
    return combineDecisions(
      budgets.map((b, i) => {
        const { count, ttlMs } = shared[i] ?? { count: Number.POSITIVE_INFINITY, ttlMs: 0 };
        local.adopt(keys[i] as string, count, ttlMs);
        // This process may have seen hits the store never did (those it refused on its own).
        return rateLimitDecision(Math.max(count, seen[i]?.count ?? 0), ttlMs, b.limit, b.windowSeconds);
      }),
    );
  } catch (err) {
    reportCacheError(driver?.name ?? 'unknown', 'rate-limit', err);
    const byLocal = combineDecisions(byThisProcess);
    if (policy === 'open') return { ...byLocal, degraded: true };
    // Refused for now, not for the window: the store may be back in a moment.
    return { ...byLocal, allowed: false, resetSeconds: Math.min(byLocal.resetSeconds, 5), degraded: true };
  }
}

export function hitRateLimit(
  key: string,
  limit: number,
  windowSeconds: number,
  cache?: CacheDriver,
  options: RateLimitOptions = {},
): Promise<RateLimitResult> {
  return hitRateLimits([{ key, limit, windowSeconds }], cache, options);
}
