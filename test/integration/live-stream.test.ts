// The SSE feed of a live game: replay by Last-Event-ID, live delivery in seq order, and catching up
// from Postgres when live delivery is not available.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { createCache } from '../../lib/cache';
import { streamChannel } from '../../lib/events/publish';
import { startTestApp, type TestApp } from '../support/app';
import { call, makeCallers } from '../support/callers';
import { body, type LiveFixture, makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { openStream } from '../support/sse-client';

let app: TestApp;
let coachId: string;
beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  coachId = callers.sessions.coach.userId ?? '';
});
afterAll(async () => {
  await app?.close();
});

/** Opens the game's stream as a viewer would. */
const open = (gameId: number, headers: Record<string, string> = {}, qs = '') =>
  openStream(
    liveRoutes['GET /api/v1/basketball/games/{id}/stream'],
    `/api/v1/basketball/games/${gameId}/stream${qs}`,
    String(gameId),
    headers,
  );

async function play(g: LiveFixture, b: Record<string, unknown>) {
  const game = await findGame(app.database.db, g.gameId);
  if (!game) throw new Error('no game');
  return appendGameEvent(app.database.db, game, b as never, { userId: coachId });
}

describe('live game stream', () => {
  it('replays the log, then delivers new plays live in seq order', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    await play(g, body('starters', { team_id: g.home.teamId, player_ids: g.home.players.slice(0, 5) }));
    await play(g, body('period_start', { period: 1 }));
    const viewer = await open(g.gameId);
    expect(viewer.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect((await viewer.waitFor(2)).map((f) => [f.id, f.event])).toEqual([
      ['1', 'starters'],
      ['2', 'period_start'],
    ]);
    expect(viewer.frames[0]?.retry).toBeDefined();
    for (let i = 0; i < 5; i++) {
      await play(g, body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true }));
    }
    const got = await viewer.waitFor(7);
    expect(got.map((f) => Number(f.id))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(JSON.parse(got[6]?.data ?? '{}')).toMatchObject({ seq: 7, type: 'free_throw', data: { made: true } });
    await viewer.close();
  });

  it('Last-Event-ID (or after_seq) resumes after what the viewer has', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    for (let p = 1; p <= 3; p++) {
      await play(g, body('period_start', { period: p }));
      await play(g, body('period_end', { period: p }));
    }
    const resumed = await open(g.gameId, { 'last-event-id': '4' });
    expect((await resumed.waitFor(2)).map((f) => f.id)).toEqual(['5', '6']);
    await resumed.close();
    const byQuery = await open(g.gameId, {}, '?after_seq=5');
    expect((await byQuery.waitFor(1)).map((f) => f.id)).toEqual(['6']);
    await byQuery.close();
  });

  it('many viewers of one game each get every play exactly once', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    const viewers = await Promise.all(Array.from({ length: 20 }, () => open(g.gameId)));
    await play(g, body('period_start', { period: 1 }));
    await Promise.all([
      play(g, body('timeout', { team_id: g.home.teamId })),
      play(g, body('timeout', { team_id: g.visitor.teamId })),
    ]);
    for (const v of viewers) expect((await v.waitFor(3)).map((f) => f.id)).toEqual(['1', '2', '3']);
    // A later play closes the check: a stream is in order, so a repeat of 1-3 would have come before it.
    await play(g, body('period_end', { period: 1 }));
    for (const v of viewers) expect((await v.waitFor(4)).map((f) => f.id)).toEqual(['1', '2', '3', '4']);
    await Promise.all(viewers.map((v) => v.close()));
  });

  it('without pub/sub (Redis down) viewers still get every play, by reading Postgres', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    const key = Symbol.for('statline.cache');
    const holder = globalThis as Record<symbol, unknown>;
    const real = app.cache;
    holder[key] = { ...real, subscribe: () => Promise.reject(new Error('pub/sub is down')) };
    try {
      const viewer = await open(g.gameId);
      await play(g, body('period_start', { period: 1 }));
      await play(g, body('timeout', { team_id: g.home.teamId }));
      expect((await viewer.waitFor(2, 5000)).map((f) => f.id)).toEqual(['1', '2']);
      await viewer.close();
    } finally {
      holder[key] = real;
    }
  });

  it("reaches another replica's viewers through the shared pub/sub", async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    // Another replica = its own connection to the same Redis (in-process memory without Redis).
    const replica = process.env.REDIS_URL ? createCache({ driver: 'redis', url: process.env.REDIS_URL }) : app.cache;
    const seen: number[] = [];
    const stop = await replica.subscribe(streamChannel(`basketball-game:${g.gameId}`), (m) => seen.push(JSON.parse(m).seq));
    try {
      await play(g, body('period_start', { period: 1 }));
      await play(g, body('timeout', { team_id: g.visitor.teamId }));
      await expect.poll(() => seen, { timeout: 3000 }).toEqual([1, 2]);
    } finally {
      await stop();
      if (replica !== app.cache) await replica.close();
    }
  });

  it('answers 404 for a game that is not scored live', async () => {
    const res = await call(liveRoutes['GET /api/v1/basketball/games/{id}/stream'], {
      path: '/api/v1/basketball/games/999999/stream',
      params: { id: '999999' },
    });
    expect(res.status).toBe(404);
  });
});
