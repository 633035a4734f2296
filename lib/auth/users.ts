import { eq, sql } from 'drizzle-orm';
import { type User, users } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { chargeAccountLookup } from './account-lookup';
import { hashPassword, newPassword, verifyPassword } from './password';
import { SELF_SIGN_UP_ROLE } from './permissions';
import type { Role } from './roles';

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`).limit(1);
  return user;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

export async function createUser(db: Db, input: { email: string; name: string; password: string; role?: Role }): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const rows = await db
    .insert(users)
    .values({ email: input.email.trim(), name: input.name.trim(), passwordHash, role: input.role ?? 'fan' })
    .onConflictDoNothing()
    .returning();
  if (!rows[0]) throw new DomainError('conflict', 'An account with this email already exists.');
  return rows[0];
}

/** Sign-up: the new account (a player, who may record their own golf rounds at once) and its audit row (the account is its own actor), together or not at all. */
export async function registerAccount(
  db: Db,
  input: { email: string; name: string; password: string },
  request: { requestId?: string; ip?: string | null },
): Promise<User> {
  // "Email in use" tells the asker that the address has an account: counted like any other lookup.
  await chargeAccountLookup(`ip:${request.ip ?? 'unknown'}`);
  return db.transaction(async (tx) => {
    const created = await createUser(tx, { ...input, role: SELF_SIGN_UP_ROLE });
    await recordAudit(tx, {
      actorId: created.id,
      action: 'account.create',
      targetType: 'user',
      targetId: created.id,
      requestId: request.requestId,
      ip: request.ip ?? null,
    });
    return created;
  });
}

// A real hash to compare against when the email is unknown, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

/** The user for a correct email + password, or null; timing does not reveal which part was wrong. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<User | null> {
  const user = await findUserByEmail(db, email);
  dummyHash ??= hashPassword('statline-timing-equaliser');
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  return user && ok ? user : null;
}

/**
 * A new password for the actor, who must know the current one. It ends every session issued under
 * the old one (the reason to change a password is often that someone else knows it).
 */
export async function changePassword(
  db: Db,
  actor: AuditActor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const rule = newPassword.safeParse(input.newPassword);
  if (!rule.success) {
    const details = rule.error.issues.map((i) => ({ path: 'new_password', message: i.message }));
    throw new DomainError('validation_failed', 'The new password is not acceptable.', details);
  }
  const user = await findUserById(db, actor.userId);
  if (!user) throw new DomainError('not_found', 'No such account.');
  if (!(await verifyPassword(user.passwordHash ?? '', input.currentPassword))) {
    throw new DomainError('forbidden', 'The current password is not right.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: user.id,
      action: 'account.password-change',
      targetType: 'user',
      targetId: user.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
    });
  });
}

/** Whether other people may find the actor by their exact email (to add them to a round). */
export async function setFindableByEmail(db: Db, actor: AuditActor, findable: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ findableByEmail: findable }).where(eq(users.id, actor.userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'account.findable-by-email',
      targetType: 'user',
      targetId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { findable },
    });
  });
}

/** Whether the actor's golf profile and rounds are public (off: only they, their partners and admins see them). */
export async function setGolfPublic(db: Db, actor: AuditActor, golfPublic: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ golfPublic }).where(eq(users.id, actor.userId));
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'account.golf-privacy',
      targetType: 'user',
      targetId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: { public: golfPublic },
    });
  });
}

/**
 * An admin turns an account off (or back on). Off: it cannot sign in, every session ends (the
 * session version moves) and its API keys are refused; nothing it made is deleted. Turned back on,
 * it signs in afresh: old sessions stay ended.
 */
export async function setAccountDisabled(db: Db, actor: AuditActor, userId: string, disabled: boolean): Promise<User> {
  if (disabled && userId === actor.userId) {
    throw new DomainError('rule_violation', 'You cannot disable your own account: ask another admin.');
  }
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set(
        disabled
          ? { disabledAt: sql`coalesce(${users.disabledAt}, now())`, sessionVersion: sql`${users.sessionVersion} + 1` }
          : { disabledAt: null },
      )
      .where(eq(users.id, userId))
      .returning();
    if (!user) throw new DomainError('not_found', `No account ${userId}.`);
    await recordAudit(tx, {
      actorId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      action: disabled ? 'account.disable' : 'account.enable',
      targetType: 'user',
      targetId: userId,
    });
    return user;
  });
}
