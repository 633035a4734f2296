// Server actions write without going through /api/v1, so the wrapper's audit guarantee does not
// cover them: each one is listed here as a write (called, and its audit row checked) or a read. A
// new 'use server' export fails the first test until it is listed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../drizzle/schema';
import type { PrincipalUser } from '../../lib/auth/principal';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';

let signedIn: PrincipalUser | null = null;
vi.mock('../../lib/auth/session', () => ({ getCurrentUser: async () => signedIn }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }) }));

const root = path.resolve(import.meta.dirname, '../..');
const actionFiles = ['app', 'components', 'lib'].flatMap((dir) =>
  (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f))
    .filter((f) => /^\s*['"]use server['"]/m.test(readFileSync(path.join(root, f), 'utf8'))),
);

/** Every server action, by "file#export": what it does to data. */
const serverActions: Record<string, 'write' | 'read'> = {
  'app/(manage)/account/actions.ts#saveFindableByEmail': 'write',
  'app/(manage)/account/actions.ts#changeOwnPassword': 'write',
  'app/(manage)/account/actions.ts#saveGolfPublic': 'write',
  'app/(manage)/golf/rounds/new/actions.ts#findPartnerByEmail': 'read',
};

let app: TestApp;
beforeAll(async () => {
  // One proxy hop, so the client address is the forwarded one (as behind the usual reverse proxy).
  app = await startTestApp({ TRUSTED_PROXY_HOPS: '1' });
});
afterAll(async () => app?.close());

async function signIn() {
  const user = await makeUser(app.database.db, 'player');
  signedIn = { id: user.id, email: user.email, name: user.name, role: user.role };
  return user;
}
const rowsOf = (userId: string, action: string) =>
  app.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.actorId, userId), eq(auditLog.action, action)));

describe('server actions', () => {
  it('are all listed as a write or a read', async () => {
    const found: string[] = [];
    for (const file of actionFiles) {
      const mod = (await import(path.join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === 'function') found.push(`${file}#${name}`);
    }
    expect(found.sort()).toEqual(Object.keys(serverActions).sort());
  });

  it('saveFindableByEmail leaves its audit row with the client address', async () => {
    const { saveFindableByEmail } = await import('../../app/(manage)/account/actions');
    const user = await signIn();
    expect((await saveFindableByEmail(true)).ok).toBe(true);
    const rows = await rowsOf(user.id, 'account.findable-by-email');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: 'user', targetId: user.id, ip: '198.51.100.7', details: { findable: true } });
  });

  it('saveGolfPublic leaves its audit row with the client address', async () => {
    const { saveGolfPublic } = await import('../../app/(manage)/account/actions');
    const user = await signIn();
    expect((await saveGolfPublic(false)).ok).toBe(true);
    const rows = await rowsOf(user.id, 'account.golf-privacy');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: 'user', targetId: user.id, ip: '198.51.100.7', details: { public: false } });
  });

  it('changeOwnPassword leaves its audit row with the client address', async () => {
    const { changeOwnPassword } = await import('../../app/(manage)/account/actions');
    const user = await signIn();
    const result = await changeOwnPassword({ current: 'correct horse battery', next: 'a new and longer passphrase' });
    expect(result.ok).toBe(true);
    const rows = await rowsOf(user.id, 'account.password-change');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: 'user', targetId: user.id, ip: '198.51.100.7' });
  });
});
