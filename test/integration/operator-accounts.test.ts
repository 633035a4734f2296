// The first admin of a fresh deployment: `npm run user -- create` (here on an embedded database in a
// temporary folder) and the ADMIN_EMAIL/ADMIN_PASSWORD bootstrap; both refuse weak passwords and
// emails in use, and leave an audit row.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../drizzle/schema';
import { bootstrapAdmin, createOperatorAccount } from '../../lib/auth/operator-accounts';
import { verifyCredentials } from '../../lib/auth/users';
import type { Db } from '../../lib/db/client';
import { migrationsFolder } from '../../lib/db/migrate';
import { startTestApp, type TestApp } from '../support/app';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'statline-user-cli-'));
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: dir, LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN']) delete env[name];
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('npm run user -- create', () => {
  it('creates an admin with a generated password, refuses the same email again and a weak password', async () => {
    const made = await cli(['create', '--email', 'root@example.com', '--role', 'admin']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Created admin root@example\.com/);
    expect(made.stdout).toMatch(/Password \(shown once\): [A-Za-z0-9_-]{24}/);
    const again = await cli(['create', '--email', 'ROOT@example.com', '--role', 'admin', '--password', 'another-long-one']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const weak = await cli(['create', '--email', 'b@example.com', '--role', 'coach', '--password', 'short']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
    const usage = await cli(['create', '--email', 'c@example.com']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run user -- create/);
  }, 180_000);

  it('creates accounts that can sign in, audited, and refuses unknown roles and weak passwords', async () => {
    const db = app.database.db;
    const { user, generated } = await createOperatorAccount(db, {
      email: 'ops@example.com',
      role: 'coach',
      name: 'Ops',
      password: 'a-strong-passphrase',
    });
    expect(generated).toBe(false);
    expect(user.role).toBe('coach');
    expect((await verifyCredentials(db, 'ops@example.com', 'a-strong-passphrase'))?.id).toBe(user.id);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.create'), eq(auditLog.targetId, user.id)));
    expect(rows).toHaveLength(1);
    await expect(createOperatorAccount(db, { email: 'x@example.com', role: 'owner' })).rejects.toThrow(/Unknown role/);
    await expect(createOperatorAccount(db, { email: 'x@example.com', role: 'fan', password: 'aaaaaaaaaaaa' })).rejects.toThrow(
      /too few characters/,
    );
    await expect(createOperatorAccount(db, { email: 'not-an-email', role: 'fan' })).rejects.toThrow(/not an email/);
  });
});

describe('ADMIN_EMAIL / ADMIN_PASSWORD bootstrap', () => {
  it('creates the first admin only when none exists, and never touches an existing account', async () => {
    // A database of its own: the shared test database holds other tests' admins.
    const pg = new PGlite();
    const db = drizzle(pg) as unknown as Db;
    await migrate(drizzle(pg), { migrationsFolder });
    try {
      expect(await bootstrapAdmin(db, {})).toBeNull();
      const created = await bootstrapAdmin(db, { email: 'boot@example.com', password: 'bootstrap-secret' });
      expect(created?.role).toBe('admin');
      expect((await verifyCredentials(db, 'boot@example.com', 'bootstrap-secret'))?.id).toBe(created?.id);
      // Started again with the variables still set, or other ones: nothing changes.
      expect(await bootstrapAdmin(db, { email: 'boot@example.com', password: 'another-secret!' })).toBeNull();
      expect(await bootstrapAdmin(db, { email: 'second@example.com', password: 'another-secret!' })).toBeNull();
      expect(await db.select({ id: users.id }).from(users)).toHaveLength(1);
    } finally {
      await pg.close();
    }
  }, 120_000);
});
