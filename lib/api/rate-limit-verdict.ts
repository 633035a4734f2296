// What a rate-limit decision means over HTTP: the RateLimit-* headers, or the 429 (or 503) to throw.
// Apart from lib/api/rate-limit.ts so that identifying the caller (lib/auth/principal.ts) can charge a
// budget too without an import cycle.
import type { RateLimitResult } from '@/lib/cache/rate-limit';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';
import { ApiError } from './errors';

export type RateLimitHeaders = Record<string, string>;

/** The budget of a caller known only by address (anonymous, or presenting credentials that failed). */
export function anonymousBudget(ip: string | null): { key: string; limit: number } {
  return { key: `ip:${ip ?? 'unknown'}`, limit: env().RATE_LIMIT_ANON_PER_MIN };
}

/** The RateLimit-* headers of a decision; throws the 429 (or the 503 of a limiter that failed closed). */
export function enforce(result: RateLimitResult, per: 'minute' | 'hour' = 'minute'): RateLimitHeaders {
  const headers: RateLimitHeaders = {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(result.resetSeconds),
  };
  if (result.degraded && result.allowed) metrics().rateLimitFailOpen.inc();
  if (result.allowed) return headers;
  const retry = { ...headers, 'Retry-After': String(result.resetSeconds) };
  if (result.degraded) {
    metrics().rateLimitFailClosed.inc();
    throw new ApiError('not_ready', 'Too busy to check the request budget; retry shortly.', undefined, retry);
  }
  metrics().rateLimited.inc();
  throw new ApiError(
    'rate_limited',
    `Too many requests: ${result.limit} per ${per}. Retry in ${result.resetSeconds} s.`,
    undefined,
    retry,
  );
}
