// Password reset by a one-time link: asked for by mail (when SMTP is configured) or issued by an
// admin. The token is 256 random bits shown once; only its SHA-256 is stored, it lasts an hour, and
// redeeming it is one UPDATE that checks and spends it, so a token resets a password at most once.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { passwordResets, users } from '@/drizzle/schema';
import { enforce } from '@/lib/api/rate-limit-verdict';
import { type AuditActor, recordAudit } from '@/lib/audit';
import { hitRateLimit } from '@/lib/cache/rate-limit';
import type { Db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/log';
import { mailConfigured, sendMail } from './mail';
import { hashPassword, newPassword } from './password';
import { findUserByEmail, findUserById } from './users';

export const RESET_LIFETIME_MINUTES = 60;

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The page a reset link opens, on `origin` (the site's public URL). */
export function resetUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
}

/** A fresh token for the user; the row stores its hash. */
async function newToken(db: Db, userId: string, issuedBy: string | null): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(passwordResets)
    .values({
      userId,
      issuedBy,
      tokenHash: sha256(token),
      expiresAt: sql`now() + make_interval(mins => ${RESET_LIFETIME_MINUTES})`,
    })
    .returning({ expiresAt: passwordResets.expiresAt });
  if (!row) throw new Error('password reset insert returned nothing');
  return { token, expiresAt: row.expiresAt };
}

/**
 * Someone asks for a reset link for `email`. The answer and its timing are the same whether or not
 * the address has an account: the mail goes out after the response. Counted per address (hourly,
 * whether or not it has an account), so no one can fill an inbox.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  request: { requestId?: string; ip?: string | null },
): Promise<void> {
  const address = email.trim().toLowerCase();
  const limit = env().RATE_LIMIT_PASSWORD_RESETS_PER_HOUR;
  enforce(await hitRateLimit(`reset:${sha256(address)}`, limit, 3600, undefined, { onCacheFailure: 'closed' }), 'hour');
  if (!mailConfigured()) {
    throw new DomainError('rule_violation', 'This site does not send mail: ask an administrator for a reset link.');
  }
  const user = await findUserByEmail(db, address);
  if (!user || user.disabledAt || !user.passwordHash) return;
  // Everything that happens only for a real account happens after the response, so its timing
  // cannot tell the asker whether there was one.
  const account = { id: user.id, email: user.email };
  void mailResetLink(db, account, request).catch((err) =>
    logger().error({ err, requestId: request.requestId }, 'password reset mail failed'),
  );
}

async function mailResetLink(db: Db, user: { id: string; email: string }, request: { requestId?: string; ip?: string | null }) {
  const { token } = await db.transaction(async (tx) => {
    const issued = await newToken(tx, user.id, null);
    await recordAudit(tx, {
      actorId: null,
      action: 'account.password-reset-request',
      targetType: 'user',
      targetId: user.id,
      requestId: request.requestId,
      ip: request.ip ?? null,
    });
    return issued;
  });
  await sendMail({
    to: user.email,
    subject: 'Reset your Statline password',
    text: [
      `Someone (we hope you) asked to reset the password of your Statline account ${user.email}.`,
      '',
      `Open this link within ${RESET_LIFETIME_MINUTES} minutes to choose a new password:`,
      resetUrl(env().NEXTAUTH_URL ?? '', token),
      '',
      'The link works once. If you did not ask, ignore this mail: your password stays as it is.',
    ].join('\n'),
  });
}

/** An admin issues a reset link for an account (the way in when the site sends no mail). */
export async function issuePasswordReset(
  db: Db,
  actor: AuditActor,
  userId: string,
  origin: string,
): Promise<{ url: string; expiresAt: Date }> {
  const user = await findUserById(db, userId);
  if (!user?.passwordHash) throw new DomainError('not_found', `No account ${userId}.`);
  return db.transaction(async (tx) => {
    const { token, expiresAt } = await newToken(tx, user.id, actor.userId);
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'account.password-reset-issue',
      targetType: 'user',
      targetId: user.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
    });
    return { url: resetUrl(origin, token), expiresAt };
  });
}

/**
 * Spends the token and sets the new password; every session of the account ends and every other
 * outstanding token of it is spent too. A wrong, expired or used token is a 400 saying so.
 */
export async function redeemPasswordReset(
  db: Db,
  input: { token: string; newPassword: string },
  request: { requestId?: string; ip?: string | null },
): Promise<void> {
  const rule = newPassword.safeParse(input.newPassword);
  if (!rule.success) {
    const details = rule.error.issues.map((i) => ({ path: 'new_password', message: i.message }));
    throw new DomainError('validation_failed', 'The new password is not acceptable.', details);
  }
  // Hashed before the transaction: argon2 takes a while and should not hold row locks.
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, sql`now()`),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!spent) {
      throw new DomainError('validation_failed', 'This reset link is invalid, expired or already used: ask for a new one.', [
        { path: 'token', message: 'is invalid, expired or already used' },
      ]);
    }
    await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(and(eq(passwordResets.userId, spent.userId), isNull(passwordResets.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, spent.userId));
    await recordAudit(tx, {
      actorId: spent.userId,
      action: 'account.password-reset',
      targetType: 'user',
      targetId: spent.userId,
      requestId: request.requestId,
      ip: request.ip ?? null,
    });
  });
}
