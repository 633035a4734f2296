import { eq, sql } from 'drizzle-orm';
import { type User, users } from '@/drizzle/schema';
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { hashPassword, verifyPassword } from './password';
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

/** Sign-up: the new account and its audit row (the account is its own actor), together or not at all. */
export async function registerAccount(
  db: Db,
  input: { email: string; name: string; password: string },
  request: { requestId?: string; ip?: string | null },
): Promise<User> {
  return db.transaction(async (tx) => {
    const created = await createUser(tx, input);
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
