import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/errors';
import { metrics } from '@/lib/metrics';
import { ApiError } from './errors';
import { withRoute } from './handler';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(() => {
  // env() and logger() are memoized on globalThis; make sure they are built from a silent LOG_LEVEL.
  vi.stubEnv('LOG_LEVEL', 'silent');
  const g = globalThis as Record<symbol, unknown>;
  delete g[Symbol.for('statline.env')];
  delete g[Symbol.for('statline.logger')];
});

const noParams = { params: Promise.resolve({}) };
const call = (handler: Parameters<typeof withRoute>[1], headers?: HeadersInit, route = '/api/test') =>
  withRoute(route, handler)(new Request('http://x/api/test', { headers }), noParams);
const fail = (err: unknown) => async (): Promise<Response> => {
  throw err;
};

describe('withRoute', () => {
  it("returns the handler's response with a fresh x-request-id", async () => {
    const seen: string[] = [];
    const res = await call(async ({ requestId }) => {
      seen.push(requestId);
      return Response.json({ ok: true }, { status: 201, headers: { 'cache-control': 'no-store' } });
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(seen).toEqual([res.headers.get('x-request-id')]);
  });

  it('honours a valid incoming X-Request-Id', async () => {
    let given = '';
    const res = await call(
      async ({ requestId }) => {
        given = requestId;
        return new Response('ok');
      },
      { 'X-Request-Id': 'client-req_42' },
    );
    expect(given).toBe('client-req_42');
    expect(res.headers.get('x-request-id')).toBe('client-req_42');
  });

  it.each(['has space', 'x'.repeat(129), 'a/b'])('replaces an invalid incoming X-Request-Id %j', async (bad) => {
    const res = await call(async () => new Response('ok'), { 'X-Request-Id': bad });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  it('passes the awaited route params to the handler', async () => {
    const route = withRoute<{ id: string }>('/api/games/[id]', async ({ params }) => Response.json(params));
    const res = await route(new Request('http://x/api/games/42'), { params: Promise.resolve({ id: '42' }) });
    expect(await res.json()).toEqual({ id: '42' });
  });

  it('turns an ApiError into its status and the error envelope', async () => {
    const res = await call(fail(new ApiError('not_found', 'No game 42')), { 'x-request-id': 'rid-404' });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('rid-404');
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No game 42', requestId: 'rid-404' } });
  });

  it('includes ApiError details in the envelope', async () => {
    const details = { fields: { name: 'required' } };
    const res = await call(fail(new ApiError('validation_failed', 'Bad input', details)), { 'x-request-id': 'rid-400' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'Bad input', details, requestId: 'rid-400' },
    });
  });

  it.each([
    ['an Error', new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2')],
    ['a non-Error', 'connect ECONNREFUSED 10.0.0.5:5432 password=hunter2'],
    [
      'an Error with an unknown code',
      Object.assign(new Error('connect EWHATEVER 10.0.0.5:5432 password=hunter2'), { code: 'EWHATEVER' }),
    ],
  ])('turns %s into a bare 500 that does not leak the message', async (_what, err) => {
    const res = await call(fail(err), { 'x-request-id': 'rid-500' });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/ECONNREFUSED|EWHATEVER|hunter2|10\.0\.0\.5/);
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'requestId']);
    expect(body.error).toMatchObject({ code: 'internal', requestId: 'rid-500' });
    expect(body.error.message).toMatch(/request id/);
  });

  it('turns a lost database connection into 503 with Retry-After, without leaking the message', async () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_ENDED', '57P01', '08006']) {
      const err = Object.assign(new Error(`connect 10.0.0.5:5432 password=hunter2 (${code})`), { code });
      const res = await call(fail(err), { 'x-request-id': 'rid-503' });
      expect(res.status, code).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.text()).not.toMatch(/hunter2|10\.0\.0\.5/);
    }
  });

  it('turns a stream_conflict DomainError into 409 with the sequence numbers', async () => {
    const conflict = new DomainError('stream_conflict', 'stream basketball-game:42 is at seq 5, not the expected 3', {
      stream: 'basketball-game:42',
      current_seq: 5,
      expected_seq: 3,
    });
    const res = await call(fail(conflict), { 'x-request-id': 'rid-409' });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: {
        code: 'stream_conflict',
        message: 'stream basketball-game:42 is at seq 5, not the expected 3',
        details: { stream: 'basketball-game:42', current_seq: 5, expected_seq: 3 },
        requestId: 'rid-409',
      },
    });
  });

  it('turns an event_id_conflict DomainError into 409 event_id_conflict', async () => {
    const id = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
    const res = await call(fail(new DomainError('event_id_conflict', `event id ${id} was already used for a different event`)));
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error).toMatchObject({
      code: 'event_id_conflict',
      message: `event id ${id} was already used for a different event`,
    });
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it.each([
    ['bad_request', 400],
    ['conflict', 409],
    ['rule_violation', 422],
  ] as const)('maps a %s DomainError from any layer through the one table to %i', async (code, status) => {
    const res = await call(fail(new DomainError(code, 'Said as it is.')));
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatchObject({ code, message: 'Said as it is.' });
  });

  it('does not trust a bare code on an error that is not a DomainError', async () => {
    const res = await call(fail(Object.assign(new Error('secret detail'), { code: 'conflict' })));
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/secret detail/);
  });

  it('records a duration observation labelled with route, method and status', async () => {
    const histogram = () => metrics().registry.getSingleMetricAsString('http_request_duration_seconds');
    const count = async (route: string, status: string) => {
      const line = (await histogram())
        .split('\n')
        .find(
          (l) =>
            l.startsWith('http_request_duration_seconds_count{') &&
            l.includes(`route="${route}"`) &&
            l.includes('method="GET"') &&
            l.includes(`status="${status}"`),
        );
      return line === undefined ? 0 : Number(line.split(' ').pop());
    };
    expect(await count('/api/metrics-ok', '418')).toBe(0);
    await call(async () => new Response(null, { status: 418 }), undefined, '/api/metrics-ok');
    await call(async () => new Response(null, { status: 418 }), undefined, '/api/metrics-ok');
    await call(fail(new ApiError('not_found', 'gone')), undefined, '/api/metrics-err');
    await call(fail(new Error('boom')), undefined, '/api/metrics-err');
    expect(await count('/api/metrics-ok', '418')).toBe(2);
    expect(await count('/api/metrics-err', '404')).toBe(1);
    expect(await count('/api/metrics-err', '500')).toBe(1);
    expect(await count('/api/metrics-ok', '200')).toBe(0);
  });
});

describe('withRoute with immutable responses', () => {
  it('adds the request id to a redirect instead of crashing', async () => {
    const res = await call(async () => Response.redirect('http://x/elsewhere', 307), { 'X-Request-Id': 'redir-1' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('http://x/elsewhere');
    expect(res.headers.get('x-request-id')).toBe('redir-1');
  });
});
