// Who is calling: an API key (Authorization: Bearer sl_…), a signed-in session cookie, or nobody.
// The role is read fresh from the database, so a changed role applies at once.
import type { User } from '@/drizzle/schema';
import { ApiError } from '@/lib/api/errors';
import { anonymousBudget, enforce } from '@/lib/api/rate-limit-verdict';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import type { Db } from '@/lib/db/client';
import { authenticateApiKey, type Scope } from './api-keys';
import { clientIp } from './client-ip';
import type { Role } from './roles';
import { sessionClaims } from './session-claims';
import { sessionIsCurrent } from './sessions';
import { findUserById } from './users';

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'session'; user: PrincipalUser }
  | { kind: 'api-key'; user: PrincipalUser; keyId: string; scope: Scope };

export interface PrincipalUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Who is reading, for the visibility of members-only leagues. */
export const viewerOf = (p: Principal): { id: string; role: Role } | null => (p.kind === 'anonymous' ? null : p.user);

const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

const toUser = (u: User): PrincipalUser => ({ id: u.id, email: u.email, name: u.name, role: u.role });

function cookieValue(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined; // a mangled cookie is no session, not a server error
      }
    }
  }
  return undefined;
}

/**
 * A request whose credentials fail is refused before the route's own rate limit, so it is counted
 * here, against its address's anonymous budget: guessing keys (or sending junk) is not free.
 */
async function chargeFailedCredentials(headers: Headers): Promise<void> {
  const { key, limit } = anonymousBudget(clientIp(headers));
  enforce(await hitRateLimit(key, limit, 60));
}

export async function resolvePrincipal(db: Db, headers: Headers): Promise<Principal> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const [scheme, credential] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !credential) {
      await chargeFailedCredentials(headers);
      throw new ApiError('unauthorized', 'Authorization must be "Bearer <api key>".');
    }
    const found = await authenticateApiKey(db, credential);
    if (found?.user.disabledAt) throw new ApiError('unauthorized', 'The account behind this API key is disabled.');
    if (!found) {
      await chargeFailedCredentials(headers);
      throw new ApiError('unauthorized', 'The API key is invalid or has been revoked.');
    }
    return { kind: 'api-key', user: toUser(found.user), keyId: found.key.id, scope: found.key.scope };
  }
  const cookies = headers.get('cookie');
  for (const name of SESSION_COOKIES) {
    const token = cookieValue(cookies, name);
    if (!token) continue;
    const claims = await sessionClaims(token);
    if (!claims?.sub) continue;
    const user = await findUserById(db, claims.sub);
    if (user && !user.disabledAt && sessionIsCurrent(claims, user)) return { kind: 'session', user: toUser(user) };
  }
  return { kind: 'anonymous' };
}
