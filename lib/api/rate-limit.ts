// Per-caller request budgets, counted in the shared cache so every replica sees the same count
// (with an in-process window in front, so a burst is refused here before it reaches the cache).

import type { Principal } from '@/lib/auth/principal';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import { env } from '@/lib/env';
import type { Contract } from './contract';
import { anonymousBudget, enforce, type RateLimitHeaders } from './rate-limit-verdict';

export type { RateLimitHeaders };

/** Who a per-caller limit counts: the API key, else the signed-in user, else the address. */
export function callerKey(principal: Principal, ip: string | null): string {
  if (principal.kind === 'api-key') return `key:${principal.keyId}`;
  if (principal.kind === 'session') return `user:${principal.user.id}`;
  return anonymousBudget(ip).key;
}

function budget(contract: Contract, principal: Principal, ip: string | null): { key: string; limit: number } {
  const e = env();
  if (contract.rateLimit === 'signin') return { key: `signin:ip:${ip ?? 'unknown'}`, limit: e.RATE_LIMIT_SIGNIN_PER_MIN };
  const key = callerKey(principal, ip);
  if (principal.kind === 'api-key') return { key, limit: e.RATE_LIMIT_API_KEY_PER_MIN };
  if (principal.kind === 'session') return { key, limit: e.RATE_LIMIT_USER_PER_MIN };
  return anonymousBudget(ip);
}

/**
 * Counts this request; throws 429 (with the headers) when over budget. Reads fail open if the cache
 * is down; sign-in-class routes (account creation) fail closed with a 503.
 */
export async function applyRateLimit(contract: Contract, principal: Principal, ip: string | null): Promise<RateLimitHeaders> {
  const { key, limit } = budget(contract, principal, ip);
  const onCacheFailure = contract.rateLimit === 'signin' ? 'closed' : 'open';
  return enforce(await hitRateLimit(key, limit, 60, undefined, { onCacheFailure }));
}
