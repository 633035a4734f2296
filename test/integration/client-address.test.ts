// Per-address limits count the address the connection really comes from. With no proxy in front
// (the default), X-Forwarded-For and friends are the client's own words: forging them must buy no
// fresh budget, and must not reach the audit log. The per-account sign-in limit holds whatever the
// address. Requests go over real TCP from chosen loopback addresses (test/support/peer-server.ts).
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { auditLog } from '../../drizzle/schema';
import { PEER_HEADER } from '../../lib/auth/peer-address';
import { startTestApp, type TestApp } from '../support/app';
import { makeUser } from '../support/callers';
import { type PeerServer, startPeerServer } from '../support/peer-server';

const ANON_LIMIT = 5;
let app: TestApp;
let server: PeerServer;
beforeAll(async () => {
  // No proxy in front (the default: lib/env.test.ts) and the default sign-in budgets.
  app = await startTestApp({
    TRUSTED_PROXY_HOPS: '0',
    RATE_LIMIT_ANON_PER_MIN: String(ANON_LIMIT),
    RATE_LIMIT_SIGNIN_PER_MIN: '10',
    RATE_LIMIT_SIGNIN_PER_ACCOUNT_PER_HOUR: '30',
  });
  server = await startPeerServer({ '/api/v1/me': ME, '/api/v1/accounts': SIGN_UP });
});
afterAll(async () => {
  await server?.close();
  await app?.close();
});

const forged = (i: number) => ({ 'x-forwarded-for': `6.6.${i}.6`, 'x-real-ip': `7.7.${i}.7`, [PEER_HEADER]: `8.8.${i}.8` });
const tally = (outcomes: string[]) => {
  const t: Record<string, number> = {};
  for (const o of outcomes) t[o] = (t[o] ?? 0) + 1;
  return t;
};

describe('forged forwarding headers', () => {
  it('buy no fresh sign-in budget: 40 wrong passwords, then the right one, is refused', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) outcomes.push(await server.signIn('127.0.0.2', user.email, 'wrong password', forged(i)));
    expect(tally(outcomes)).toEqual({ CredentialsSignin: 10, TooManyAttempts: 30 });
    expect(await server.signIn('127.0.0.2', user.email, 'correct horse battery', forged(99))).toBe('TooManyAttempts');
  });

  it('buy no fresh anonymous API budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ANON_LIMIT + 3; i++)
      statuses.push((await server.fetch('127.0.0.3', '/api/v1/me', { headers: forged(i) })).status);
    expect(statuses).toEqual([...Array(ANON_LIMIT).fill(401), 429, 429, 429]);
    // A genuinely different address has its own budget.
    expect((await server.fetch('127.0.0.4', '/api/v1/me')).status).toBe(401);
  });

  it('never reach the audit log: it records the address the connection came from', async () => {
    const user = await makeUser(app.database.db, 'fan');
    expect(await server.signIn('127.0.3.7', user.email, 'correct horse battery', forged(1))).toBe(user.id);
    const res = await server.fetch('127.0.3.8', '/api/v1/accounts', {
      method: 'POST',
      headers: forged(2),
      body: { email: `peer-${Date.now()}@example.com`, name: 'Peer', password: 'long enough password' },
    });
    expect(res.status).toBe(201);
    const created = JSON.parse(res.body).data.id as string;
    const rows = await app.database.db
      .select({ action: auditLog.action, ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'user')));
    expect(rows).toContainEqual({ action: 'account.sign-in', ip: '127.0.3.7' });
    const [signUp] = await app.database.db.select({ ip: auditLog.ip }).from(auditLog).where(eq(auditLog.targetId, created));
    expect(signUp?.ip).toBe('127.0.3.8');
  });
});

describe('the per-account sign-in limit', () => {
  it('holds across 40 concurrent addresses, then refuses even the right password from a new one', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => server.signIn(`127.0.1.${i + 1}`, user.email, 'wrong password')),
    );
    expect(tally(outcomes)).toEqual({ CredentialsSignin: 30, TooManyAttempts: 10 });
    expect(await server.signIn('127.0.2.1', user.email, 'correct horse battery')).toBe('TooManyAttempts');
    // It is the account that is held, not the addresses: another account signs in from one of them.
    const other = await makeUser(app.database.db, 'fan');
    expect(await server.signIn('127.0.1.1', other.email, 'correct horse battery')).toBe(other.id);
  });
});
