// Per-caller request budgets, counted in the shared cache so every replica sees the same count.

import type { Principal } from '@/lib/auth/principal';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import { env } from '@/lib/env';
import { metrics } from '@/lib/metrics';
import type { Contract } from './contract';
import { ApiError } from './errors';

export type RateLimitHeaders = Record<string, string>;

function budget(contract: Contract, principal: Principal, ip: string | null): { key: string; limit: number } {
  const e = env();
  if (contract.rateLimit === 'signin') return { key: `signin:ip:${ip ?? 'unknown'}`, limit: e.RATE_LIMIT_SIGNIN_PER_MIN };
  if (principal.kind === 'api-key') return { key: `key:${principal.keyId}`, limit: e.RATE_LIMIT_API_KEY_PER_MIN };
  if (principal.kind === 'session') return { key: `user:${principal.user.id}`, limit: e.RATE_LIMIT_USER_PER_MIN };
  return { key: `ip:${ip ?? 'unknown'}`, limit: e.RATE_LIMIT_ANON_PER_MIN };
}

/** Counts this request; throws 429 (with the headers) when over budget. Fails open if the cache is down. */
export async function applyRateLimit(contract: Contract, principal: Principal, ip: string | null): Promise<RateLimitHeaders> {
  const { key, limit } = budget(contract, principal, ip);
  const result = await hitRateLimit(key, limit, 60);
  if (result.degraded) metrics().rateLimitFailOpen.inc();
  const headers: RateLimitHeaders = {
    'RateLimit-Limit': String(result.limit),
    'RateLimit-Remaining': String(result.remaining),
    'RateLimit-Reset': String(result.resetSeconds),
  };
  if (!result.allowed) {
    metrics().rateLimited.inc();
    throw new ApiError('rate_limited', `Too many requests: ${limit} per minute. Retry in ${result.resetSeconds} s.`, undefined, {
      ...headers,
      'Retry-After': String(result.resetSeconds),
    });
  }
  return headers;
}
