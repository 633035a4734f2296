// A limiter must hold under the burst it exists for: many concurrent requests from one caller, with
// the shared cache answering promptly and with it saturated (slower than the limiter waits).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { authOptions } from '../../lib/auth/options';
import { startTestApp, type TestApp } from '../support/app';
import { delayCache } from '../support/cache-faults';
import { call, makeCallers, makeUser } from '../support/callers';

// Every password check, counted: the number that matters is how many attempts got that far.
const passwordChecks = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../lib/auth/password', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/auth/password')>();
  return {
    ...real,
    verifyPassword: (stored: string, password: string) => {
      passwordChecks.n++;
      return real.verifyPassword(stored, password);
    },
  };
});

const LIMIT = 60;
const SIGNIN_LIMIT = 10;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    // As behind one proxy, so X-Forwarded-For names the caller (client-address.test.ts covers no proxy).
    TRUSTED_PROXY_HOPS: '1',
    RATE_LIMIT_API_KEY_PER_MIN: String(LIMIT),
    RATE_LIMIT_ANON_PER_MIN: String(LIMIT),
    RATE_LIMIT_SIGNIN_PER_MIN: String(SIGNIN_LIMIT),
  });
});
afterAll(async () => {
  await app?.close();
});
beforeEach(() => {
  passwordChecks.n = 0;
});

async function burst(n: number, headers: Record<string, string>) {
  const statuses = await Promise.all(Array.from({ length: n }, () => call(ME, { headers }).then((r) => r.status)));
  const tally: Record<number, number> = {};
  for (const s of statuses) tally[s] = (tally[s] ?? 0) + 1;
  return tally;
}

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = () => (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function signInBurst(n: number, email: string, ip: string) {
  const outcomes = await Promise.all(
    Array.from({ length: n }, () =>
      authorize()({ email, password: 'wrong password' }, { headers: { 'x-forwarded-for': ip } }).then(
        (user) => (user ? 'signed in' : 'wrong password'),
        (err: Error) => err.message,
      ),
    ),
  );
  const tally: Record<string, number> = {};
  for (const o of outcomes) tally[o] = (tally[o] ?? 0) + 1;
  return tally;
}

describe('rate limits under a burst', () => {
  it('lets exactly the limit of 300 concurrent API-key requests through', async () => {
    const { readKey } = await makeCallers(app.database.db);
    expect(await burst(300, readKey.headers)).toEqual({ 200: LIMIT, 429: 300 - LIMIT });
  });

  it('lets exactly the limit of 300 concurrent anonymous requests from one address through', async () => {
    expect(await burst(300, { 'x-forwarded-for': '203.0.113.50' })).toEqual({ 401: LIMIT, 429: 300 - LIMIT });
  });

  it('still holds when the cache is slower than the limiter waits (reads fail open, within the limit)', async () => {
    const { readKey } = await makeCallers(app.database.db);
    const slow = delayCache(400);
    try {
      expect(await burst(300, readKey.headers)).toEqual({ 200: LIMIT, 429: 300 - LIMIT });
    } finally {
      slow.restore();
    }
  });

  it('lets at most the limit of 150 concurrent sign-ins reach the password check', async () => {
    const user = await makeUser(app.database.db, 'fan');
    expect(await signInBurst(150, user.email, '198.51.100.20')).toEqual({
      'wrong password': SIGNIN_LIMIT,
      TooManyAttempts: 150 - SIGNIN_LIMIT,
    });
    expect(passwordChecks.n).toBe(SIGNIN_LIMIT);
  });

  it('refuses sign-in outright (fails closed) while the cache is too slow to count attempts', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const slow = delayCache(1500);
    try {
      expect(await signInBurst(150, user.email, '198.51.100.21')).toEqual({
        SignInUnavailable: SIGNIN_LIMIT,
        TooManyAttempts: 150 - SIGNIN_LIMIT,
      });
      expect(passwordChecks.n).toBe(0);
      // Sign-up, the other account door, also refuses rather than going uncounted.
      const res = await call(SIGN_UP, {
        method: 'POST',
        headers: { 'x-forwarded-for': '198.51.100.22' },
        body: { email: `new-${Date.now()}@example.com`, name: 'New', password: 'long enough password' },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect((await res.json()).error.code).toBe('not_ready');
    } finally {
      slow.restore();
    }
    // Once the cache answers again, so does sign-in (a fresh address: the refused burst still counts).
    expect(
      await authorize()(
        { email: user.email, password: 'correct horse battery' },
        { headers: { 'x-forwarded-for': '198.51.100.23' } },
      ),
    ).toMatchObject({
      id: user.id,
    });
  });
});
