import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as SIGN_UP } from '../../app/api/v1/accounts/route';
import { GET, OPTIONS } from '../../app/api/v1/basketball/teams/route';
import { GET as ME } from '../../app/api/v1/me/route';
import { startTestApp, type TestApp } from '../support/app';
import { call } from '../support/callers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: 'https://app.example' });
});
afterAll(async () => {
  await app?.close();
  delete process.env.CORS_ORIGINS;
});

describe('CORS on /api/v1', () => {
  it('answers a preflight from an allowed origin', async () => {
    const res = await OPTIONS(
      new Request('http://localhost/api/v1/basketball/teams', { method: 'OPTIONS', headers: { origin: 'https://app.example' } }),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });

  it('adds the headers to successes and errors for allowed origins only', async () => {
    const ok = await call(GET, { headers: { origin: 'https://app.example' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const err = await call(ME, { headers: { origin: 'https://app.example' } });
    expect(err.status).toBe(401);
    expect(err.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await call(GET, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('Origin');
  });

  it('adds them to a domain error thrown below the route too (a taken email is 409)', async () => {
    const body = { email: 'cors-taken@example.com', name: 'Cors', password: 'long enough password' };
    const headers = { origin: 'https://app.example' };
    expect((await call(SIGN_UP, { method: 'POST', headers, body })).status).toBe(201);
    const taken = await call(SIGN_UP, { method: 'POST', headers, body });
    expect(taken.status).toBe(409);
    expect(taken.headers.get('access-control-allow-origin')).toBe('https://app.example');
  });
});
