import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/api/metrics/route';
import { installPeerAddressStamp } from '../../lib/auth/peer-address';
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

describe('/api/metrics without a token', () => {
  it('answers the machine itself and private networks, and refuses a public address', async () => {
    delete process.env.METRICS_TOKEN;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('statline.env')];
    // As in the running app: start-up installs the stamp that writes the TCP peer into this header.
    installPeerAddressStamp();
    const from = (ip: string) => call(GET, { headers: { 'x-statline-peer-address': ip } });
    try {
      for (const ip of ['127.0.0.1', '10.1.2.3', '192.168.0.9', '172.20.0.2', '::1'])
        expect((await from(ip)).status, ip).toBe(200);
      for (const ip of ['203.0.113.7', '8.8.8.8', '172.32.0.1']) expect((await from(ip)).status, ip).toBe(401);
    } finally {
      process.env.METRICS_TOKEN = TOKEN;
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('statline.env')];
    }
  });
});
