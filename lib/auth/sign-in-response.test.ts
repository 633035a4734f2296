import { describe, expect, it } from 'vitest';
import { withRefusalStatus } from './sign-in-response';

const refused = (error: string) =>
  new Response(JSON.stringify({ url: `http://localhost:3000/api/auth/error?error=${error}` }), {
    status: 401,
    headers: { 'content-type': 'application/json', 'set-cookie': 'a=b' },
  });

describe('withRefusalStatus', () => {
  it('turns a throttled sign-in into 429 and a paused guard into 503, with Retry-After', async () => {
    const tooMany = await withRefusalStatus(refused('TooManyAttempts'));
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('retry-after')).toBe('60');
    expect(tooMany.headers.get('set-cookie')).toBe('a=b');
    expect(await tooMany.json()).toEqual({ url: 'http://localhost:3000/api/auth/error?error=TooManyAttempts' });
    const paused = await withRefusalStatus(refused('SignInUnavailable'));
    expect(paused.status).toBe(503);
    expect(paused.headers.get('retry-after')).toBe('5');
  });

  it('leaves wrong passwords, redirects and other bodies alone', async () => {
    expect((await withRefusalStatus(refused('CredentialsSignin'))).status).toBe(401);
    const redirect = new Response(null, { status: 302, headers: { location: '/api/auth/error?error=TooManyAttempts' } });
    expect(await withRefusalStatus(redirect)).toBe(redirect);
    const odd = new Response('{"url":42}', { status: 401, headers: { 'content-type': 'application/json' } });
    expect((await withRefusalStatus(odd)).status).toBe(401);
    const broken = new Response('{', { status: 401, headers: { 'content-type': 'application/json' } });
    expect((await withRefusalStatus(broken)).status).toBe(401);
  });
});
