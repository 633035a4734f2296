// Streams the production server serves straight to the socket (server.mjs hands the Node response to
// the route; lib/events/sse.ts): the same SSE contract as a Response body, each frame written once
// to the socket, a client that stops reading held to the unread bound and resumed without loss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { viewerCount } from '../../lib/events/fanout';
import { sseUnreadBytes } from '../../lib/events/sse';
import { metrics } from '../../lib/metrics';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { openDirect } from '../support/direct-stream';
import { body, makeLiveGame, openingAndFreeThrows } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { viewersListening } from '../support/sse-client';

const MAX_UNREAD = 2048;
const HEARTBEAT_MS = 200;

let app: TestApp;
let coachId: string;
beforeAll(async () => {
  app = await startTestApp({ SSE_MAX_UNREAD_BYTES: String(MAX_UNREAD), SSE_HEARTBEAT_MS: String(HEARTBEAT_MS) });
  coachId = (await makeCallers(app.database.db)).sessions.coach.userId ?? '';
});
afterAll(async () => {
  await app?.close();
});

const handler = liveRoutes['GET /api/v1/basketball/games/{id}/stream'];

async function newGame() {
  const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
  const game = await findGame(app.database.db, g.gameId);
  if (!game) throw new Error('no game');
  const append = async (n: number) => {
    for (const p of openingAndFreeThrows(g, n)) await appendGameEvent(app.database.db, game, p as never, { userId: coachId });
  };
  const freeThrows = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const p = body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[i % 5], made: i % 3 > 0 });
      await appendGameEvent(app.database.db, game, p as never, { userId: coachId });
    }
  };
  return {
    id: String(g.gameId),
    path: `/api/v1/basketball/games/${g.gameId}/stream`,
    stream: `basketball-game:${g.gameId}`,
    append,
    freeThrows,
  };
}

const directGauge = async () =>
  (await metrics().sseClients.get()).values.find((v) => v.labels.transport === 'direct')?.value ?? 0;

describe('a stream written straight to the Node response', () => {
  it('keeps the SSE contract: headers, retry hint, ids in order live, heartbeats, Last-Event-ID resume', async () => {
    const g = await newGame();
    await g.append(5);
    const before = await directGauge();
    const viewer = openDirect(handler, g.path, g.id);
    await viewersListening(g.stream, 1);
    expect(await directGauge()).toBe(before + 1);
    await g.freeThrows(3);
    await viewer.until(() => viewer.ids().length >= 8);
    expect(viewer.status()).toBe(200);
    expect(viewer.headers()).toMatch(/content-type: text\/event-stream/i);
    expect(viewer.headers()).toMatch(/cache-control: no-cache, no-transform/i);
    expect(viewer.text()).toMatch(/^retry: \d+\n\n/);
    expect(viewer.ids()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(viewer.text()).toMatch(/^event: free_throw$/m);
    // Live and idle: the heartbeat comment keeps proxies from closing it.
    await viewer.until(() => viewer.text().includes(': ping'), HEARTBEAT_MS * 10);
    expect(viewer.text()).toContain(': ping\n\n');
    viewer.close();
    await viewer.until(() => viewerCount(g.stream) === 0);
    expect(viewerCount(g.stream)).toBe(0);
    expect(await directGauge()).toBe(before);

    const resumed = openDirect(handler, g.path, g.id, { 'last-event-id': '6' });
    await resumed.until(() => resumed.ids().length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    expect(resumed.ids()).toEqual([7, 8]);
    resumed.close();
  });

  it('a client that stops reading holds the server to its unread bound, then gets every play once, in order', async () => {
    const g = await newGame();
    const sleeper = openDirect(handler, g.path, g.id);
    const watcher = openDirect(handler, g.path, g.id);
    await viewersListening(g.stream, 2);
    sleeper.stopReading();
    const plays = 80;
    await g.append(plays);
    await watcher.until(() => watcher.ids().length >= plays);
    expect(watcher.ids()).toEqual(Array.from({ length: plays }, (_, i) => i + 1));
    // The game produced several times the bound; the sleeper's response holds at most the bound
    // and the one frame that crossed it.
    expect(watcher.text().length).toBeGreaterThan(4 * MAX_UNREAD);
    const held = sseUnreadBytes();
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(MAX_UNREAD + 1024);
    expect(sleeper.ids().length).toBeLessThan(plays);

    sleeper.read();
    await sleeper.until(() => sleeper.ids().length >= plays, 10_000);
    expect(sleeper.ids()).toEqual(Array.from({ length: plays }, (_, i) => i + 1));
    sleeper.close();
    watcher.close();
  });
});
