// Demo accounts share a password, but never a salt: equal hashes would tell anyone who reads the
// users table that the accounts share a password, and one cracked hash would crack them all.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../drizzle/schema';
import { verifyPassword } from '../../lib/auth/password';
import { demoAccounts, demoAccountsSeed } from '../../lib/demo/accounts';
import { env } from '../../lib/env';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await demoAccountsSeed.run({ database, db: database.db });
});
afterAll(async () => {
  await database?.close();
});

describe('demo accounts', () => {
  it('each have their own salt and hash, and all take the demo password', async () => {
    const rows = await database.db
      .select({ email: users.email, hash: users.passwordHash })
      .from(users)
      .where(
        inArray(
          users.email,
          demoAccounts.map((a) => a.email),
        ),
      );
    expect(rows).toHaveLength(demoAccounts.length);
    // PHC string: $argon2id$v=19$m=…,t=…,p=…$<salt>$<hash>
    const salts = rows.map((r) => r.hash?.split('$')[4]);
    expect(salts.every((s) => s && s.length >= 16)).toBe(true);
    expect(new Set(salts).size).toBe(demoAccounts.length);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(demoAccounts.length);
    for (const r of rows) expect(await verifyPassword(r.hash ?? '', env().STATLINE_DEMO_PASSWORD)).toBe(true);
  });
});
