// Session cookies are signed JWTs that live 30 days; nothing server-side remembers them. Each user
// row keeps a session version instead, copied into every session at sign-in: raising it ends every
// session issued before, on every device, at their next request.
import { and, eq, sql } from 'drizzle-orm';
import type { User } from '@/drizzle/schema';
import { users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';

/** The JWT claim holding the version a session was issued under. */
export const SESSION_VERSION_CLAIM = 'sv';

/**
 * Whether a session's claims still count for `user`. Sessions issued before versions existed carry
 * no claim and count as version 0, so they last until the first sign-out rather than ending at deploy.
 */
export function sessionIsCurrent(claims: Record<string, unknown>, user: Pick<User, 'sessionVersion'>): boolean {
  return claimedVersion(claims) === user.sessionVersion;
}

/** The session version in a session's claims (0 for sessions issued before versions existed). */
export function claimedVersion(claims: Record<string, unknown>): unknown {
  return claims[SESSION_VERSION_CLAIM] ?? 0;
}

/**
 * Ends every session of the user (sign-out ends them on all devices), with its audit row. With
 * `issuedUnder`, only if that is still the current version: a session that has already ended cannot
 * end the owner's new ones (a stolen, signed-out cookie is no way to keep signing the owner out).
 */
export async function endSessions(db: Db, userId: string, action: 'account.sign-out', issuedUnder?: unknown): Promise<void> {
  if (issuedUnder !== undefined && typeof issuedUnder !== 'number') return;
  await db.transaction(async (tx) => {
    const current = issuedUnder === undefined ? undefined : eq(users.sessionVersion, issuedUnder);
    const rows = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, userId), current))
      .returning({ id: users.id });
    if (rows.length === 0) return;
    await recordAudit(tx, { actorId: userId, action, targetType: 'user', targetId: userId });
  });
}
