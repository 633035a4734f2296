import { env } from '@/lib/env';
import { peerAddress } from './peer-address';

/**
 * The caller's address. With no proxy in front (TRUSTED_PROXY_HOPS=0, the default) it is the TCP
 * peer, and X-Forwarded-For and X-Real-IP are the client's own words, ignored. Behind proxies, each
 * appends the address it saw to X-Forwarded-For, so the client is TRUSTED_PROXY_HOPS entries from the
 * right; anything further left is the client's own claim (else anyone could pick a fresh address per
 * request and dodge every per-address limit).
 */
export function clientIp(headers: Headers, hops = env().TRUSTED_PROXY_HOPS): string | null {
  const peer = peerAddress(headers);
  if (hops === 0) return peer;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - hops)] ?? null;
  return headers.get('x-real-ip') ?? peer;
}
