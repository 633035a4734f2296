// A session cookie's claims, decrypted once per token and process: next-auth's `decode` derives the
// key (HKDF) and decrypts the JWE on every call, which a scorer paid on every play (issue 15).
// A token is immutable, so its claims are too; expiry is still checked on every use, and the user
// row (role, disabled, sessions revoked) is read fresh by the caller.
import { decode, type JWT } from 'next-auth/jwt';
import { authSecret } from './secret';

const MAX_ENTRIES = 1000;
const cache = new Map<string, JWT>();

export async function sessionClaims(token: string): Promise<JWT | null> {
  const secret = authSecret();
  // Keyed by the secret too: a rotated secret must not keep accepting what it no longer verifies.
  const key = `${secret}\u0000${token}`;
  const known = cache.get(key);
  if (known) {
    if (typeof known.exp === 'number' && known.exp * 1000 <= Date.now()) {
      cache.delete(key);
      return null;
    }
    return known;
  }
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims) return null;
  // Oldest first out: a Map iterates in insertion order.
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, claims);
  return claims;
}
