// Deleting an account (GDPR erasure). The user row stays as a tombstone with nothing personal left
// (email, name, password, keys, sessions), so everything that names its id — events it wrote, golf
// rounds it played in, audit rows — stays whole and points at "Former member". Deleting the row
// instead would either cascade through shared records (a game's plays, other golfers' rounds) or
// leave ids pointing nowhere in an event log that is never rewritten.
import { eq, sql } from 'drizzle-orm';
import { apiKeys, auditLog, digestSettings, follows, notifications, passwordResets, roleGrants, users } from '@/drizzle/schema';
import { ApiError } from '@/lib/api/errors';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { verifyPassword } from './password';
import { guardSignIn, SignInRefused } from './sign-in-limits';
import { findUserById } from './users';

export const FORMER_MEMBER = 'Former member';

/** What domains erase of their own in the same transaction (golf: the golfer's profile). */
export type EraseHook = (tx: Db, userId: string) => Promise<void>;

/**
 * Erases `userId`. The owner must give their current password (`password`); an admin erasing
 * someone else gives none. Runs `also` inside the same transaction.
 */
export async function eraseAccount(
  db: Db,
  actor: AuditActor,
  userId: string,
  opts: { password?: string; also?: EraseHook },
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user || user.deletedAt) throw new DomainError('not_found', `No account ${userId}.`);
  if (opts.password !== undefined) {
    // A wrong password here is a guess like one at sign-in, and is counted with them.
    try {
      await guardSignIn(user.email, actor.ip ?? null);
    } catch (err) {
      if (!(err instanceof SignInRefused)) throw err;
      const retry = { 'Retry-After': String(err.retryAfterSeconds) };
      throw err.reason === 'tooMany'
        ? new ApiError('rate_limited', 'Too many password attempts; try again later.', undefined, retry)
        : new ApiError('not_ready', 'Cannot check passwords right now; retry shortly.', undefined, retry);
    }
    if (!(await verifyPassword(user.passwordHash ?? '', opts.password))) {
      throw new DomainError('forbidden', 'The current password is not right.');
    }
  }
  await db.transaction(async (tx) => {
    const [erased] = await tx
      .update(users)
      .set({
        email: sql`'deleted-' || ${users.id} || '@deleted.invalid'`,
        name: FORMER_MEMBER,
        passwordHash: null,
        role: 'fan',
        findableByEmail: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        disabledAt: sql`coalesce(${users.disabledAt}, now())`,
        deletedAt: sql`now()`,
      })
      // Checked again under the row lock: two deletions racing erase (and audit) once.
      .where(sql`${users.id} = ${userId} and ${users.deletedAt} is null`)
      .returning({ id: users.id });
    if (!erased) throw new DomainError('not_found', `No account ${userId}.`);
    await tx.delete(apiKeys).where(eq(apiKeys.userId, userId));
    await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
    await tx.delete(roleGrants).where(eq(roleGrants.userId, userId));
    // What they followed and were told of, and the digest that would mail a tombstone.
    await tx.delete(follows).where(eq(follows.userId, userId));
    await tx.delete(notifications).where(eq(notifications.userId, userId));
    await tx.delete(digestSettings).where(eq(digestSettings.userId, userId));
    // The rows stay (who did what is the site's record), the addresses they were made from go.
    await tx.update(auditLog).set({ ip: null }).where(eq(auditLog.actorId, userId));
    await opts.also?.(tx, userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'account.delete',
      targetType: 'user',
      targetId: userId,
      requestId: actor.requestId,
      // The owner's own address is not kept on the row that records their erasure.
      ip: actor.userId === userId ? null : (actor.ip ?? null),
    });
  });
}
