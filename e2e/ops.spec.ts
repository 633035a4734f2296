import { expect, test } from '@playwright/test';

const expectedDb = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const expectedCache = process.env.REDIS_URL ? 'redis' : process.env.UPSTASH_REDIS_REST_URL ? 'upstash' : 'memory';

test('ready reports the configured database and cache drivers', async ({ request }) => {
  const res = await request.get('/api/ready');
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: 'ready', db: expectedDb, cache: expectedCache });
  expect(body.checks.migrations.applied).toBe(body.checks.migrations.expected);
});

test('health answers while the process is up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect((await res.json()).status).toBe('ok');
});

test('echoes a caller request id and makes one when absent', async ({ request }) => {
  const given = await request.get('/api/health', { headers: { 'X-Request-Id': 'trace-123' } });
  expect(given.headers()['x-request-id']).toBe('trace-123');
  const made = await request.get('/api/health');
  expect(made.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('metrics expose request durations by route and status, cache and process metrics', async ({ request }) => {
  await request.get('/');
  await request.get('/api/health');
  const res = await request.get('/api/metrics');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/plain');
  const text = await res.text();
  expect(text).toMatch(/http_request_duration_seconds_count\{route="\/api\/health",method="GET",status="200"\} [1-9]/);
  expect(text).toContain('cache_operations_total');
  expect(text).toContain('events_appended_total');
  expect(text).toContain('process_cpu_user_seconds_total');
});

test('HSTS is sent when the request came over TLS through a proxy, never over plain http', async ({ request }) => {
  const plain = await request.get('/');
  expect(plain.headers()['strict-transport-security']).toBeUndefined();
  const tls = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
  expect(tls.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
});

test('a server action posted from another origin is refused with 403, not a 500', async ({ request }) => {
  for (const origin of ['http://evil.example', 'null']) {
    const res = await request.post('/account', { headers: { 'next-action': '7f00000000000000', origin }, data: '[]' });
    expect(res.status(), origin).toBe(403);
  }
});
