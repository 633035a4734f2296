import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/api/metrics/route';
import { startTestApp, type TestApp } from '../support/app';
import { call } from '../support/callers';

const TOKEN = 'metrics-token-0123456789abcdef';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await app?.close();
  delete process.env.METRICS_TOKEN;
});

describe('/api/metrics with METRICS_TOKEN', () => {
  it('asks for the token and serves Prometheus text with it', async () => {
    expect((await call(GET)).status).toBe(401);
    expect((await call(GET, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await call(GET, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('# TYPE http_request_duration_seconds histogram');
  });
});
