// Cross-site request forgery against cookie-authenticated writes: a page on another origin (another
// port of the same host included) posting with the victim's cookie, or a form posting text/plain to
// dodge a CORS preflight. Each is refused; the same requests from the site itself, or with an API
// key, go through.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { basketballRoutes } from '../support/basketball-routes';
import { type Caller, call, makeCallers } from '../support/callers';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let coach: Caller;
let writeKey: Caller;
beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  coach = callers.sessions.coach;
  writeKey = callers.writeKey;
});
afterAll(async () => {
  await app?.close();
});

const createTeam = (headers: Record<string, string>, rawBody?: string) =>
  call(routeHandlers['POST /api/v1/basketball/teams'] as never, {
    method: 'POST',
    path: '/api/v1/basketball/teams',
    headers,
    ...(rawBody === undefined
      ? { body: { name: `Forged ${randomUUID().slice(0, 8)}`, abbreviation: `F${randomUUID().slice(0, 4)}` } }
      : { rawBody }),
  });

describe('cross-site writes with the session cookie', () => {
  it('refuses a write whose Origin is another port of the same host, or another site', async () => {
    for (const origin of ['http://localhost:8080', 'http://evil.example', 'null']) {
      const res = await createTeam({ ...coach.headers, origin });
      expect(res.status, origin).toBe(403);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/another site/);
    }
  });

  it('refuses what the browser marks cross-site or same-site', async () => {
    for (const site of ['cross-site', 'same-site']) {
      expect((await createTeam({ ...coach.headers, 'sec-fetch-site': site })).status, site).toBe(403);
    }
  });

  it('refuses a text/plain body (a form post that skips the CORS preflight) with 415', async () => {
    const res = await createTeam(
      { ...coach.headers, 'content-type': 'text/plain' },
      JSON.stringify({ name: 'Forged', abbreviation: 'FRG' }),
    );
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('accepts the same write from the site itself, and from an API key whatever its Origin', async () => {
    expect((await createTeam({ ...coach.headers, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(
      201,
    );
    expect((await createTeam(coach.headers)).status).toBe(201);
    // A key is never sent by a browser on its own: no forgery to fear. (Fans may not create teams: 403 by role, not by origin.)
    const byKey = await createTeam({ ...writeKey.headers, origin: 'http://evil.example' });
    expect(((await byKey.json()) as { error?: { message: string } }).error?.message ?? '').not.toMatch(/another site/);
  });
});

describe('bodies that are not what they claim', () => {
  it('refuses invalid UTF-8 in a JSON body instead of storing U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('{"name":"Bad'), Buffer.from([0xc3, 0x28]), Buffer.from('","abbreviation":"BAD"}')]);
    const req = new Request('http://localhost/api/v1/basketball/teams', {
      method: 'POST',
      headers: { ...coach.headers, 'content-type': 'application/json' },
      body: bytes,
    });
    const res = await (routeHandlers['POST /api/v1/basketball/teams'] as never as (r: Request, c: unknown) => Promise<Response>)(
      req,
      {
        params: Promise.resolve({}),
      },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/UTF-8/);
  });

  it('rejects a __proto__ query parameter like any other unknown one', async () => {
    for (const qs of ['__proto__=x', '__proto__[]=x', 'constructor=x', 'per_page=5&__proto__=x']) {
      const res = await call(basketballRoutes['/api/v1/basketball/games'], { path: `/api/v1/basketball/games?${qs}` });
      expect(res.status, qs).toBe(400);
    }
    const fine = await call(basketballRoutes['/api/v1/basketball/games'], { path: '/api/v1/basketball/games?per_page=5' });
    expect(fine.status).toBe(200);
  });
});
