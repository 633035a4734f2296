// Accounts made by the operator rather than by sign-up: `npm run user -- create …` and the
// ADMIN_EMAIL/ADMIN_PASSWORD bootstrap that gives a fresh deployment its first site admin.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type User, users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { newPassword } from './password';
import { type Role, roles } from './roles';
import { createUser, findUserByEmail } from './users';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** 18 random bytes as base64url: 24 characters, 144 bits. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/** Why this password is refused, or null. Length (the sign-up rule) and a few obviously weak forms. */
export function weakPassword(password: string): string | null {
  const parsed = newPassword.safeParse(password);
  if (!parsed.success) return `The password ${parsed.error.issues[0]?.message ?? 'is not acceptable'}.`;
  if (new Set(password).size < 4) return 'The password repeats too few characters.';
  if (/^(password|statline|admin|qwerty|123456)/i.test(password)) return 'The password starts with a common word.';
  return null;
}

/**
 * Creates an account with the given base role, audited as `account.create` with no actor (the
 * operator). Refuses a malformed email, an unknown role, a weak password or an email in use.
 */
export async function createOperatorAccount(
  db: Db,
  input: { email: string; role: string; name?: string; password?: string },
): Promise<{ user: User; password: string; generated: boolean }> {
  const address = input.email.trim();
  if (!email.test(address)) throw new DomainError('bad_request', `"${input.email}" is not an email address.`);
  if (!(roles as readonly string[]).includes(input.role))
    throw new DomainError('bad_request', `Unknown role "${input.role}" (one of ${roles.join(', ')}).`);
  const generated = input.password === undefined;
  const password = input.password ?? generatePassword();
  const weak = weakPassword(password);
  if (weak) throw new DomainError('bad_request', weak);
  if (await findUserByEmail(db, address))
    throw new DomainError('conflict', `An account with the email ${address} already exists.`);
  const name = input.name?.trim() || address.split('@')[0] || address;
  const user = await db.transaction(async (tx) => {
    const created = await createUser(tx, { email: address, name, password, role: input.role as Role });
    await recordAudit(tx, {
      actorId: null,
      action: 'account.create',
      targetType: 'user',
      targetId: created.id,
      details: { role: created.role, by: 'operator' },
    });
    return created;
  });
  return { user, password, generated };
}

/**
 * On start: when ADMIN_EMAIL and ADMIN_PASSWORD are set and no site admin exists, create one.
 * Returns the new admin, or null when there was nothing to do. Never changes an existing account.
 */
export async function bootstrapAdmin(db: Db, config: { email?: string; password?: string }): Promise<User | null> {
  if (!config.email || !config.password) return null;
  const [anyAdmin] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  if (anyAdmin) return null;
  if (await findUserByEmail(db, config.email)) return null;
  const { user } = await createOperatorAccount(db, { email: config.email, role: 'admin', password: config.password });
  return user;
}
