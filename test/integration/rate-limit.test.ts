import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as ME } from '../../app/api/v1/me/route';
import { authOptions } from '../../lib/auth/options';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeCallers, makeUser } from '../support/callers';

const LIMIT = 3;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    // As behind one proxy, so X-Forwarded-For names the caller (client-address.test.ts covers no proxy).
    TRUSTED_PROXY_HOPS: '1',
    RATE_LIMIT_ANON_PER_MIN: String(LIMIT),
    RATE_LIMIT_API_KEY_PER_MIN: String(LIMIT),
    RATE_LIMIT_USER_PER_MIN: String(LIMIT),
    RATE_LIMIT_SIGNIN_PER_MIN: String(LIMIT),
  });
});
afterAll(async () => {
  await app?.close();
});

function expectLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(res.headers.get('ratelimit-limit')).toBe(String(LIMIT));
  expect(res.headers.get('ratelimit-remaining')).toBe('0');
  const retry = Number(res.headers.get('retry-after'));
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(60);
  expect(res.headers.get('ratelimit-reset')).toBe(String(retry));
}

describe('rate limits', () => {
  it('refuses request N+1 from one IP with 429 and the headers', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    const remaining: string[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await call(ME, { headers });
      expect(res.status).toBe(401); // anonymous: counted, then refused for lack of credentials
      remaining.push(res.headers.get('ratelimit-remaining') ?? '');
    }
    expect(remaining).toEqual(['2', '1', '0']);
    const res = await call(ME, { headers });
    expectLimited(res);
    expect((await res.json()).error.code).toBe('rate_limited');
    // Another address has its own budget.
    expect((await call(ME, { headers: { 'x-forwarded-for': '203.0.113.8' } })).status).toBe(401);
  });

  it('counts malformed, unknown and revoked bearer tokens against the address', async () => {
    const from = (authorization: string) => ({ authorization, 'x-forwarded-for': '203.0.113.40' });
    const junk = ['Bearer', 'Basic dXNlcjpwYXNz', `Bearer sl_000000000000_${'x'.repeat(43)}`];
    for (const authorization of junk) expect((await call(ME, { headers: from(authorization) })).status).toBe(401);
    const res = await call(ME, { headers: from('Bearer not-a-key') });
    expectLimited(res);
    expect((await res.json()).error.code).toBe('rate_limited');
    // It is the address's anonymous budget: an anonymous request from there is refused too.
    expectLimited(await call(ME, { headers: { 'x-forwarded-for': '203.0.113.40' } }));
    expect((await call(ME, { headers: { ...from('Bearer junk'), 'x-forwarded-for': '203.0.113.41' } })).status).toBe(401);
  });

  it('counts an API key across addresses', async () => {
    const { readKey } = await makeCallers(app.database.db);
    for (let i = 0; i < LIMIT; i++) {
      const res = await call(ME, { headers: { ...readKey.headers, 'x-forwarded-for': `198.51.100.${i}` } });
      expect(res.status).toBe(200);
    }
    expectLimited(await call(ME, { headers: { ...readKey.headers, 'x-forwarded-for': '198.51.100.99' } }));
  });

  it('throttles sign-in attempts per account and address, without locking the owner out elsewhere', async () => {
    const user = await makeUser(app.database.db, 'fan');
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const attempt = (ip: string, password = 'wrong password') =>
      provider.options.authorize({ email: user.email, password }, { headers: { 'x-forwarded-for': ip } });
    for (let i = 0; i < LIMIT; i++) expect(await attempt('192.0.2.1')).toBeNull();
    // From that address even the right password is refused until the window passes…
    await expect(attempt('192.0.2.1', 'correct horse battery')).rejects.toThrow('TooManyAttempts');
    // …while the owner, elsewhere, still signs in.
    expect(await attempt('192.0.2.77', 'correct horse battery')).toMatchObject({ id: user.id });
  });

  it('throttles one address trying many accounts', async () => {
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const headers = { 'x-forwarded-for': '192.0.2.250' };
    for (let i = 0; i < LIMIT; i++) {
      expect(await provider.options.authorize({ email: `nobody${i}@example.com`, password: 'x' }, { headers })).toBeNull();
    }
    await expect(provider.options.authorize({ email: 'nobody-else@example.com', password: 'x' }, { headers })).rejects.toThrow(
      'TooManyAttempts',
    );
  });
});
