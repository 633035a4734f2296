// A viewer whose client stops reading costs the server a bounded queue, not every event since: the
// stream pauses once SSE_MAX_UNREAD_BYTES are unread, and when the client reads again it resumes from
// the log by seq, every event exactly once and in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { sseUnreadBytes } from '../../lib/events/sse';
import { startTestApp, type TestApp } from '../support/app';
import { makeCallers } from '../support/callers';
import { makeLiveGame, openingAndFreeThrows } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { openStream, viewersListening } from '../support/sse-client';

const MAX_UNREAD = 2048;
const PLAYS = 80;

let app: TestApp;
let coachId: string;
beforeAll(async () => {
  app = await startTestApp({ SSE_MAX_UNREAD_BYTES: String(MAX_UNREAD) });
  coachId = (await makeCallers(app.database.db)).sessions.coach.userId ?? '';
});
afterAll(async () => {
  await app?.close();
});

const handler = liveRoutes['GET /api/v1/basketball/games/{id}/stream'];

describe('a viewer that stops reading', () => {
  it('holds at most its unread bound while the game goes on, then gets every play once, in order', async () => {
    const g = await makeLiveGame(app.database.db, { homeCoachId: coachId, visitorCoachId: coachId });
    const path = `/api/v1/basketball/games/${g.gameId}/stream`;
    // Opened and never read (yet): its client is asleep.
    const slow = await handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ id: String(g.gameId) }) });
    const watcher = await openStream(handler, path, String(g.gameId));
    await viewersListening(`basketball-game:${g.gameId}`, 2);

    const game = await findGame(app.database.db, g.gameId);
    if (!game) throw new Error('no game');
    for (const p of openingAndFreeThrows(g, PLAYS)) await appendGameEvent(app.database.db, game, p as never, { userId: coachId });
    expect((await watcher.waitFor(PLAYS)).length).toBe(PLAYS);
    const sent = watcher.frames.filter((f) => f.id !== undefined).reduce((n, f) => n + (f.data?.length ?? 0) + 40, 0);
    // Everything the game produced is several times the bound; the sleeper holds no more than the
    // bound and the one frame that crossed it.
    expect(sent).toBeGreaterThan(4 * MAX_UNREAD);
    const held = sseUnreadBytes();
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(MAX_UNREAD + 1024);

    // The client wakes up and reads: the rest comes from the log.
    const reader = (slow.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const ids = () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    const until = Date.now() + 10_000;
    while (ids().length < PLAYS && Date.now() < until) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(ids()).toEqual(Array.from({ length: PLAYS }, (_, i) => i + 1));
    await reader.cancel();
    await watcher.close();
  });
});
