// Event streams per client are capped, and a stream gives back everything it took when it ends:
// its slot, its hub listener, its shutdown hook, its timers. A probe that opened and dropped 1,000
// streams found the memory they had held still held; these tests count what must return to zero.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStreamSlots } from '../../lib/api/stream-slots';
import { viewerCount } from '../../lib/events/fanout';
import { listenerCount } from '../../lib/events/hub';
import { metrics } from '../../lib/metrics';
import { shutdownHookCount } from '../../lib/ops/shutdown';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { openStream, viewersListening } from '../support/sse-client';

const CAP = 3;
const handler = liveRoutes['GET /api/v1/basketball/games/{id}/stream'];
let app: TestApp;
let callers: Awaited<ReturnType<typeof makeCallers>>;
let gameId: number;

beforeAll(async () => {
  app = await startTestApp({ SSE_MAX_PER_CLIENT: String(CAP) });
  callers = await makeCallers(app.database.db);
  const coachId = callers.sessions.coach.userId ?? '';
  ({ gameId } = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId }));
});
afterAll(async () => {
  await app?.close();
});

const stream = () => `basketball-game:${gameId}`;
const path = () => `/api/v1/basketball/games/${gameId}/stream`;
const open = (headers: Record<string, string> = {}) => openStream(handler, path(), String(gameId), headers);
const request = (headers: Record<string, string> = {}, signal?: AbortSignal) =>
  handler(new Request(`http://localhost${path()}`, { headers, signal }), { params: Promise.resolve({ id: String(gameId) }) });

async function sseGauge(): Promise<number> {
  return (await metrics().sseClients.get()).values[0]?.value ?? 0;
}

/** Everything a stream holds while open; all zero once every stream has ended. */
async function held() {
  return {
    listeners: listenerCount(stream()) + viewerCount(stream()),
    shutdownHooks: shutdownHookCount(),
    slots: [...openStreamSlots().values()].reduce((a, b) => a + b, 0),
    sseClients: await sseGauge(),
  };
}
const nothingHeld = { listeners: 0, shutdownHooks: 0, slots: 0, sseClients: 0 };

describe('event streams per client', () => {
  it(`answers 429 past ${CAP} open streams from one client, and takes it again once they close`, async () => {
    const viewers = [];
    for (let i = 0; i < CAP; i++) viewers.push(await open());
    expect(viewers.map((v) => v.res.status)).toEqual(Array(CAP).fill(200));

    const refused = await request();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await refused.json();
    expect(body).toMatchObject({ error: { code: 'rate_limited', details: { limit: CAP, open: CAP } } });
    expect(body.error.requestId).toEqual(expect.any(String));

    // Another caller has slots of its own.
    const other = await open(callers.readKey.headers);
    expect(other.res.status).toBe(200);
    await other.close();

    await Promise.all(viewers.map((v) => v.close()));
    await expect.poll(held).toEqual(nothingHeld);
    const again = [];
    for (let i = 0; i < CAP; i++) again.push(await open());
    expect(again.map((v) => v.res.status)).toEqual(Array(CAP).fill(200));
    await Promise.all(again.map((v) => v.close()));
  });

  it('an API key is one client whatever it streams, and its cap is its own', async () => {
    const viewers = [];
    for (let i = 0; i < CAP; i++) viewers.push(await open(callers.writeKey.headers));
    expect((await request(callers.writeKey.headers)).status).toBe(429);
    const anonymous = await open();
    expect(anonymous.res.status).toBe(200);
    await Promise.all([...viewers, anonymous].map((v) => v.close()));
    await expect.poll(held).toEqual(nothingHeld);
  });
});

describe('an ended stream holds nothing', () => {
  const N = 12;

  it('after streams closed by the client (abort and cancel, as a browser going away does)', async () => {
    const headers = callers.sessions.fan.headers;
    for (let round = 0; round < N / CAP; round++) {
      const viewers = [];
      for (let i = 0; i < CAP; i++) viewers.push(await open(headers));
      await viewersListening(stream(), CAP);
      await Promise.all(viewers.map((v) => v.close()));
      await expect.poll(held).toEqual(nothingHeld);
    }
  });

  it('after streams whose request signal alone aborts (the body is never read nor cancelled)', async () => {
    for (let i = 0; i < N; i++) {
      const controller = new AbortController();
      const res = await request({}, controller.signal);
      expect(res.status).toBe(200);
      await viewersListening(stream(), 1);
      controller.abort();
      await expect.poll(held).toEqual(nothingHeld);
    }
  });

  it('after clients that left before the handler answered (Next.js then never touches the body)', async () => {
    // Each such stream used to live on: a shutdown hook, a hub listener, a 15 s heartbeat and every
    // event of the game enqueued into a body nobody reads. More than the cap: leaked slots would 429.
    for (let i = 0; i < N; i++) {
      const controller = new AbortController();
      const pending = request({}, controller.signal);
      controller.abort();
      expect((await pending).status).toBe(200);
    }
    // Anything a leaked stream would set up happens on later turns of the loop: let them run.
    await new Promise((r) => setTimeout(r, 200));
    expect(await held()).toEqual(nothingHeld);
    const after = await open();
    expect(after.res.status).toBe(200);
    await after.close();
  });

  it('after HEAD requests (Next.js answers them from GET and never reads the body)', async () => {
    for (let i = 0; i < N; i++) {
      const res = await handler(new Request(`http://localhost${path()}`, { method: 'HEAD' }), {
        params: Promise.resolve({ id: String(gameId) }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(res.body).toBeNull();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await held()).toEqual(nothingHeld);
  });

  it('after streams that ended while live delivery was failing (the fallback poll is not started)', async () => {
    const key = Symbol.for('statline.cache');
    const holder = globalThis as Record<symbol, unknown>;
    const real = app.cache;
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    // The subscription fails only after the viewer has gone: a poll started then would run forever.
    holder[key] = {
      ...real,
      subscribe: () => new Promise((_, reject) => setTimeout(() => reject(new Error('pub/sub is down')), 50)),
    };
    try {
      for (let i = 0; i < CAP; i++) {
        const viewer = await open();
        await viewer.close();
      }
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      holder[key] = real;
    }
    expect(timers()).toBeLessThanOrEqual(before);
    expect(await held()).toEqual(nothingHeld);
  });
});
