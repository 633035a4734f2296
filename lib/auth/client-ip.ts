import { env } from '@/lib/env';

/**
 * The caller's address. Each trusted proxy appends the address it saw to X-Forwarded-For, so the
 * client is TRUSTED_PROXY_HOPS entries from the right; anything further left is the client's own
 * claim and is ignored (else anyone could pick a fresh address per request and dodge rate limits).
 */
export function clientIp(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string | null {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops > 0 && chain.length > 0) return chain[Math.max(0, chain.length - hops)] ?? null;
  return headers.get('x-real-ip');
}
