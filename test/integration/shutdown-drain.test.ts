// The drain on SIGTERM (lib/ops/shutdown.ts): event streams end at once, the drain is over as soon as
// its work is, and neither a hook that never finishes nor a pool that never closes holds it past its
// bounds. Measured with the clock; nothing here waits out a fixed time to assert on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerCount } from '../../lib/events/fanout';
import { metrics } from '../../lib/metrics';
import { CLOSE_TIMEOUT_MS, drain, onShutdown, shutdownHookCount } from '../../lib/ops/shutdown';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { openStream, viewersListening } from '../support/sse-client';

const GRACE_MS = 3000;
const STATE = Symbol.for('statline.shutdown');
const CACHE = Symbol.for('statline.cache');
const holder = globalThis as Record<symbol, unknown>;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SHUTDOWN_GRACE_MS: String(GRACE_MS), SHUTDOWN_IDLE_MS: '0' });
});
afterAll(async () => {
  delete holder[STATE];
  // The drain closed the database and cache already; closing twice is harmless.
  await app?.close().catch(() => {});
});

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

describe('shutdown drain', () => {
  it('ends open event streams at once and finishes long before the grace period', async () => {
    const callers = await makeCallers(app.database.db);
    const coachId = callers.sessions.coach.userId ?? '';
    const { gameId } = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    const open = () =>
      openStream(
        liveRoutes['GET /api/v1/basketball/games/{id}/stream'],
        `/api/v1/basketball/games/${gameId}/stream`,
        String(gameId),
      );
    const viewers = [await open(), await open()];
    await viewersListening(`basketball-game:${gameId}`, 2);
    // Work that finishes on its own a little later (an import's batch): the drain waits for it.
    let hookDone = false;
    const off = onShutdown(async () => {
      await new Promise((r) => setTimeout(r, 200));
      hookDone = true;
    });
    const ms = await timed(() => drain('SIGTERM'));
    expect(hookDone).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(GRACE_MS / 2);
    off();
    // The server ended the streams (the clients never closed them): nothing of theirs is left.
    expect(viewerCount(`basketball-game:${gameId}`)).toBe(0);
    expect((await metrics().sseClients.get()).values[0]?.value ?? 0).toBe(0);
    expect(shutdownHookCount()).toBe(0);
    for (const v of viewers) expect(v.frames[0]?.retry).toBeDefined();
    await Promise.all(viewers.map((v) => v.close()));
  });

  it('a hook that never finishes and a cache that never closes hold it no longer than grace + close bound', async () => {
    delete holder[STATE];
    onShutdown(() => new Promise<void>(() => {}));
    holder[CACHE] = { close: () => new Promise<void>(() => {}) };
    const ms = await timed(() => drain('SIGTERM'));
    expect(ms).toBeGreaterThanOrEqual(GRACE_MS - 10);
    expect(ms).toBeLessThan(GRACE_MS + CLOSE_TIMEOUT_MS + 500);
  });
});
