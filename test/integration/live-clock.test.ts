// The game clock through the API: clock events and their validation, plays stamped with the clock,
// minutes played from substitutions over periods and overtime, in the live box score and the final
// lines that season averages read.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbPlayerLines } from '../../drizzle/schema';
import { rebuildGame } from '../../lib/basketball/scoring/rebuild';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, makeCallers } from '../support/callers';
import { send } from '../support/live-api';
import { body, type LiveFixture, makeLiveGame } from '../support/live-game';

let app: TestApp;
let coach: Caller;
let admin: Caller;
beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  coach = callers.sessions.coach;
  admin = callers.sessions.admin;
});
afterAll(async () => {
  await app?.close();
});

const post = (g: LiveFixture, b: Record<string, unknown>) =>
  send('POST /api/v1/basketball/games/{id}/events', coach, { id: g.gameId, body: b });
async function ok(g: LiveFixture, type: string, data: Record<string, unknown> = {}) {
  const r = await post(g, body(type, data));
  expect(r.status, `${type}: ${JSON.stringify(r.json)}`).toBe(201);
  return r.json.data.seq as number;
}
const boxscore = async (g: LiveFixture) => {
  const { json } = await send('GET /api/v1/basketball/games/{id}/boxscore', admin, { id: g.gameId });
  return { ...json.data, server_time: json.meta.server_time };
};
const plays = async (g: LiveFixture) =>
  (await send('GET /api/v1/basketball/games/{id}/plays', admin, { id: g.gameId })).json.data as {
    seq: number;
    clock: { period: number; remaining_ms: number } | null;
  }[];
const minutesOf = async (g: LiveFixture) => {
  const box = await boxscore(g);
  return Object.fromEntries(
    box.teams.flatMap((t: { players: { player_id: number; min: number | null }[] }) =>
      t.players.map((p) => [p.player_id, p.min]),
    ),
  ) as Record<number, number | null>;
};

async function startedGame(ruleSet: 'nba' | 'fiba' | 'high_school' = 'nba'): Promise<LiveFixture> {
  const g = await makeLiveGame(app.database.db, { homeCoachId: coach.userId ?? '', visitorCoachId: admin.userId ?? '', ruleSet });
  await ok(g, 'starters', { team_id: g.home.teamId, player_ids: g.home.players.slice(0, 5) });
  await ok(g, 'starters', { team_id: g.visitor.teamId, player_ids: g.visitor.players.slice(0, 5) });
  await ok(g, 'period_start', { period: 1 });
  return g;
}
const at = (period: number, remaining_ms: number) => ({ clock: { period, remaining_ms } });

describe('the game clock', () => {
  it('starts, runs for every viewer from the server time, stops and is set; the box score carries it', async () => {
    const g = await startedGame('fiba');
    let box = await boxscore(g);
    expect(box.state.clock).toMatchObject({
      kept: false,
      period: 1,
      remaining_ms: 600_000,
      running: false,
      period_length_ms: 600_000,
    });
    await ok(g, 'clock_started');
    box = await boxscore(g);
    expect(box.state.clock).toMatchObject({ kept: true, running: true, remaining_at_start_ms: 600_000 });
    const startedAt = Date.parse(box.state.clock.started_at);
    expect(Date.parse(box.server_time) - startedAt).toBeGreaterThanOrEqual(0);
    // Every viewer computes the same reading: the time left at the start less the time since.
    expect(box.state.clock.remaining_ms).toBe(600_000 - (Date.parse(box.server_time) - startedAt));
    await new Promise((r) => setTimeout(r, 60));
    await ok(g, 'clock_stopped');
    box = await boxscore(g);
    expect(box.state.clock.running).toBe(false);
    expect(box.state.clock.remaining_ms).toBeLessThanOrEqual(600_000 - 50);
    expect(box.state.clock.started_at).toBeNull();
    await ok(g, 'clock_set', { period: 1, remaining_ms: 421_000 });
    expect((await boxscore(g)).state.clock).toMatchObject({ remaining_ms: 421_000, running: false });
    const feed = await plays(g);
    expect(feed.at(-1)).toMatchObject({
      type: 'clock_set',
      clock: { period: 1, remaining_ms: 421_000 },
      description: 'Clock set to 7:01',
    });
  });

  it('refuses clock events and clock readings that do not fit, with the reason (never a 500)', async () => {
    const g = await makeLiveGame(app.database.db, {
      homeCoachId: coach.userId ?? '',
      visitorCoachId: admin.userId ?? '',
      ruleSet: 'high_school',
    });
    const early = await post(g, body('clock_started'));
    expect(early.status).toBe(422);
    expect(early.json.error.message).toMatch(/start period 1 first/);
    await ok(g, 'starters', { team_id: g.home.teamId, player_ids: g.home.players.slice(0, 5) });
    await ok(g, 'period_start', { period: 1 });
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [body('clock_stopped'), 422, /not running/],
      [body('clock_set', { remaining_ms: 480_001 }), 422, /more than period 1 lasts \(8:00\)/],
      [body('clock_set', { period: 2, remaining_ms: 1000 }), 422, /period 1 is being played/],
      [body('clock_set', { remaining_ms: -1 }), 400, /remaining_ms/],
      [body('clock_set', { remaining_ms: 1.5 }), 400, /remaining_ms/],
      [body('clock_started', { remaining_ms: 1000 }), 400, /remaining_ms/],
      [
        body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true, ...at(1, 500_000) }),
        422,
        /more than period 1 lasts/,
      ],
      [
        body('free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true, clock: { period: 1 } }),
        400,
        /clock/,
      ],
    ];
    for (const [b, status, message] of cases) {
      const r = await post(g, b);
      expect(r.status, JSON.stringify(b)).toBe(status);
      expect(JSON.stringify(r.json.error)).toMatch(message);
    }
    await ok(g, 'clock_started');
    const twice = await post(g, body('clock_started'));
    expect([twice.status, twice.json.error.message]).toEqual([422, 'the clock is already running']);
  });

  it('stamps each play: with the reading the scorer sent, else with the clock at the time it was logged', async () => {
    const g = await startedGame();
    const before = await ok(g, 'free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true });
    await ok(g, 'clock_set', { remaining_ms: 700_000 });
    const stopped = await ok(g, 'free_throw', { team_id: g.home.teamId, player_id: g.home.players[0], made: true });
    await ok(g, 'clock_started');
    const running = await ok(g, 'free_throw', { team_id: g.home.teamId, player_id: g.home.players[1], made: false });
    const given = await ok(g, 'rebound', {
      team_id: g.visitor.teamId,
      player_id: g.visitor.players[0],
      offensive: false,
      ...at(1, 650_000),
    });
    const feed = await plays(g);
    const clockOf = (seq: number) => feed.find((p) => p.seq === seq)?.clock;
    // The first play came before the scorer kept a clock.
    expect(clockOf(before)).toBeNull();
    expect(clockOf(stopped)).toEqual({ period: 1, remaining_ms: 700_000 });
    expect(clockOf(running)?.remaining_ms).toBeLessThanOrEqual(700_000);
    expect(clockOf(running)?.remaining_ms).toBeGreaterThan(690_000);
    expect(clockOf(given)).toEqual({ period: 1, remaining_ms: 650_000 });
  });

  it('counts minutes from substitutions over periods and overtime, with clock stops, live and in the final lines', async () => {
    const g = await startedGame('high_school'); // 8-minute quarters, 4-minute overtime
    const [h1, h2, h3, h4, h5, h6, h7] = g.home.players as [number, number, number, number, number, number, number];
    const [v1] = g.visitor.players as [number];
    await ok(g, 'clock_started');
    await ok(g, 'clock_stopped', { remaining_ms: 300_000 }); // 3:00 played
    await ok(g, 'substitution', { team_id: g.home.teamId, player_in_id: h6, player_out_id: h1 });
    let min = await minutesOf(g);
    expect([min[h1], min[h6], min[h2], min[v1]]).toEqual([3, 0, 3, 3]);
    // A stint in progress counts in the live box score.
    await ok(g, 'clock_set', { remaining_ms: 180_000 });
    min = await minutesOf(g);
    expect([min[h1], min[h6], min[h2]]).toEqual([3, 2, 5]);
    await ok(g, 'period_end', { period: 1 });
    // Between periods: back in for the second quarter.
    await ok(g, 'substitution', { team_id: g.home.teamId, player_in_id: h1, player_out_id: h6 });
    await ok(g, 'period_start', { period: 2 });
    await ok(g, 'substitution', { team_id: g.home.teamId, player_in_id: h7, player_out_id: h2, ...at(2, 120_000) });
    for (const p of [2, 3]) {
      await ok(g, 'period_end', { period: p });
      await ok(g, 'period_start', { period: p + 1 });
    }
    await ok(g, 'free_throw', { team_id: g.home.teamId, player_id: h3, made: true });
    await ok(g, 'free_throw', { team_id: g.visitor.teamId, player_id: v1, made: true });
    await ok(g, 'period_end', { period: 4 });
    await ok(g, 'period_start', { period: 5 });
    await ok(g, 'substitution', { team_id: g.home.teamId, player_in_id: h2, player_out_id: h4, ...at(5, 60_000) });
    await ok(g, 'free_throw', { team_id: g.home.teamId, player_id: h3, made: true });
    await ok(g, 'period_end', { period: 5 });
    await ok(g, 'game_end');
    min = await minutesOf(g);
    // 4 × 8 + 4 = 36 minutes in all.
    expect(min[h1]).toBe(3 + 8 + 8 + 8 + 4);
    expect(min[h6]).toBe(5);
    expect(min[h2]).toBe(8 + 6 + 1);
    expect(min[h7]).toBe(2 + 8 + 8 + 4);
    expect(min[h4]).toBe(32 + 3);
    expect(min[h5]).toBe(36);
    expect(min[v1]).toBe(36);
    expect(
      Object.entries(min)
        .filter(([id]) => g.home.players.includes(Number(id)))
        .reduce((n, [, m]) => n + (m ?? 0), 0),
    ).toBe(5 * 36);
    const lines = await app.database.db
      .select({ playerId: bbPlayerLines.playerId, min: bbPlayerLines.min })
      .from(bbPlayerLines)
      .where(and(eq(bbPlayerLines.gameId, g.gameId), eq(bbPlayerLines.teamId, g.home.teamId)));
    expect(Object.fromEntries(lines.map((l) => [l.playerId, l.min]))).toEqual({
      [h1]: 31,
      [h2]: 15,
      [h3]: 36,
      [h4]: 35,
      [h5]: 36,
      [h6]: 5,
      [h7]: 22,
    });
    // The clock and minutes are a projection of the log like the rest.
    expect(await rebuildGame(app.database.db, g.gameId)).toMatchObject({ changed: false });
  });
});
