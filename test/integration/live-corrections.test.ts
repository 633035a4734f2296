// Correcting any earlier play through the API: the box score becomes that of a log where the
// replacement had been entered in the original's place, the feed shows it there marked edited,
// stream viewers are told, the log keeps both; corrections that would break the game are refused
// cleanly and concurrent ones are serialized by the stream lock.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../drizzle/schema';
import { gameStream } from '../../lib/basketball/scoring/project';
import { rebuildGame } from '../../lib/basketball/scoring/rebuild';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, makeCallers } from '../support/callers';
import { send } from '../support/live-api';
import { body, type LiveFixture, makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { openStream } from '../support/sse-client';

let app: TestApp;
let coach: Caller;
let admin: Caller;
let fan: Caller;
beforeAll(async () => {
  app = await startTestApp();
  const callers = await makeCallers(app.database.db);
  coach = callers.sessions.coach;
  admin = callers.sessions.admin;
  fan = callers.sessions.fan;
});
afterAll(async () => {
  await app?.close();
});

async function ok(g: LiveFixture, b: Record<string, unknown>) {
  const r = await send('POST /api/v1/basketball/games/{id}/events', coach, { id: g.gameId, body: b });
  expect(r.status, `${b.type}: ${JSON.stringify(r.json)}`).toBe(201);
  return r.json.data.seq as number;
}
const correct = (
  g: LiveFixture,
  seq: number,
  replacement: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  who = coach,
) =>
  send('PUT /api/v1/basketball/games/{id}/plays/{seq}', who, {
    id: g.gameId,
    seq,
    body: { id: crypto.randomUUID(), replacement, ...extra },
  });
const boxscore = async (g: LiveFixture) =>
  (await send('GET /api/v1/basketball/games/{id}/boxscore', admin, { id: g.gameId })).json.data;
// biome-ignore lint/suspicious/noExplicitAny: feed items are checked field by field
const plays = async (g: LiveFixture): Promise<any[]> =>
  (await send('GET /api/v1/basketball/games/{id}/plays', admin, { id: g.gameId })).json.data;
const newGame = () => makeLiveGame(app.database.db, { homeCoachId: coach.userId ?? '', visitorCoachId: admin.userId ?? '' });
/** What a box score says, without what belongs to the moment it was read (seq, server time). */
const lines = (box: { teams: unknown; state: { score: unknown; score_by_period: unknown; teams: unknown } }) => ({
  teams: box.teams,
  score: box.state.score,
  by_period: box.state.score_by_period,
  team_state: box.state.teams,
});

/** A game's plays, where `shot` (the 6th) is given as the caller wants it. */
function script(g: LiveFixture, shot: Record<string, unknown>) {
  const [h1, h2, h3] = g.home.players as [number, number, number];
  const [v1, v2] = g.visitor.players as [number, number];
  return [
    body('starters', { team_id: g.home.teamId, player_ids: g.home.players.slice(0, 5) }),
    body('starters', { team_id: g.visitor.teamId, player_ids: g.visitor.players.slice(0, 5) }),
    body('period_start', { period: 1 }),
    body('field_goal', { team_id: g.home.teamId, player_id: h1, points: 2, made: true, x: 0.5, y: 0.1 }),
    body('rebound', { team_id: g.visitor.teamId, player_id: v1, offensive: false }),
    body('field_goal', shot),
    body('foul', { team_id: g.home.teamId, player_id: h2, kind: 'shooting' }),
    body('free_throw', { team_id: g.visitor.teamId, player_id: v2, made: true }),
    body('substitution', {
      team_id: g.home.teamId,
      player_in_id: g.home.players[6],
      player_out_id: h3,
      clock: { period: 1, remaining_ms: 400_000 },
    }),
    body('period_end', { period: 1 }),
    body('period_start', { period: 2 }),
    body('field_goal', { team_id: g.visitor.teamId, player_id: v1, points: 3, made: true, assist_player_id: v2 }),
  ];
}

describe('correcting a past play', () => {
  it('gives the box score of a log where the replacement was entered originally; the feed shows it in place; the log keeps both', async () => {
    const original = await newGame();
    const [v1, v2] = original.visitor.players as [number, number];
    const miss = { team_id: original.visitor.teamId, player_id: v2, points: 3, made: false, x: 0.1, y: 0.2 };
    const seqs: number[] = [];
    for (const b of script(original, miss)) seqs.push(await ok(original, b));
    const shotSeq = seqs[5] as number;
    const madeBy = (g: LiveFixture) => ({
      team_id: g.visitor.teamId,
      player_id: g.visitor.players[0],
      points: 2,
      made: true,
      x: 0.4,
      y: 0.3,
      assist_player_id: g.visitor.players[1],
    });
    const r = await correct(original, shotSeq, { type: 'field_goal', ...madeBy(original) });
    expect(r.status, JSON.stringify(r.json)).toBe(200);
    expect(r.json.data).toMatchObject({ type: 'play_corrected', seq: seqs.length + 1, data: { seq: shotSeq } });

    const entered = await newGame();
    for (const b of script(entered, madeBy(entered))) await ok(entered, b);
    // Same plays in two games with different ids: compare the box scores with ids mapped across.
    const teams = new Map([
      [original.home.teamId, entered.home.teamId],
      [original.visitor.teamId, entered.visitor.teamId],
    ]);
    const players = new Map(
      [...original.home.players, ...original.visitor.players].map((p, i) => [
        p,
        [...entered.home.players, ...entered.visitor.players][i] as number,
      ]),
    );
    const remap = (json: string) =>
      json.replace(
        /"(team_id|player_id)":(\d+)/g,
        (_, k, n) => `"${k}":${(k === 'team_id' ? teams : players).get(Number(n)) ?? n}`,
      );
    const strip = (v: unknown) =>
      JSON.parse(
        JSON.stringify(v)
          .replace(/"name":"[^"]*",?/g, '')
          .replace(/"(on_court|fouled_out)":\[[^\]]*\]/g, '"$1":[]'),
      );
    const corrected = lines(await boxscore(original));
    const direct = lines(await boxscore(entered));
    expect(strip(JSON.parse(remap(JSON.stringify(corrected))))).toEqual(strip(direct));
    expect(corrected.score).toEqual({ home: 2, visitor: 6 });
    expect(corrected.score).toEqual(direct.score);

    const feed = await plays(original);
    const item = feed.find((p) => p.seq === shotSeq);
    expect(item).toMatchObject({ corrected_by: seqs.length + 1, voided: false, data: { player_id: v1, made: true, x: 0.4 } });
    expect(item.score).toEqual({ home: 2, visitor: 2 });
    expect(feed.map((p) => p.seq)).toEqual(seqs);
    const log = await app.database.db
      .select()
      .from(events)
      .where(eq(events.stream, gameStream(original.gameId)));
    expect(log).toHaveLength(seqs.length + 1);
    expect(log.find((e) => e.seq === shotSeq)?.data).toMatchObject({ made: false, player_id: v2 });
    expect(log.find((e) => e.seq === seqs.length + 1)).toMatchObject({ type: 'play_corrected', actorId: coach.userId });
    expect(await rebuildGame(app.database.db, original.gameId)).toMatchObject({ changed: false });
  });

  it('tells stream viewers, and deleting a play from the list voids it', async () => {
    const g = await newGame();
    const seqs: number[] = [];
    const miss = { team_id: g.home.teamId, player_id: g.home.players[3], points: 2, made: false };
    for (const b of script(g, { ...miss, team_id: g.visitor.teamId, player_id: g.visitor.players[3] })) seqs.push(await ok(g, b));
    const viewer = await openStream(
      liveRoutes['GET /api/v1/basketball/games/{id}/stream'],
      `/api/v1/basketball/games/${g.gameId}/stream?after_seq=${seqs.length}`,
      String(g.gameId),
    );
    const fix = await correct(g, seqs[7] as number, {
      type: 'free_throw',
      team_id: g.visitor.teamId,
      player_id: g.visitor.players[1],
      made: false,
    });
    expect(fix.status).toBe(200);
    const del = await send('DELETE /api/v1/basketball/games/{id}/plays/{seq}', coach, { id: g.gameId, seq: seqs[3] as number });
    expect(del.status, JSON.stringify(del.json)).toBe(200);
    expect(del.json.data).toMatchObject({ type: 'undo', data: { seq: seqs[3] } });
    const frames = await viewer.waitFor(2);
    expect(frames.map((f) => f.event)).toEqual(['play_corrected', 'undo']);
    expect(frames[0]?.json).toMatchObject({ type: 'play_corrected', data: { seq: seqs[7], replacement: { made: false } } });
    await viewer.close();
    const box = await boxscore(g);
    expect(box.state.score).toEqual({ home: 0, visitor: 3 });
    expect((await plays(g)).find((p) => p.seq === seqs[3])).toMatchObject({ voided: true });
  });

  it('refuses corrections that would make the game invalid, with the reason, and changes nothing', async () => {
    const g = await newGame();
    const seqs: number[] = [];
    for (const b of script(g, { team_id: g.visitor.teamId, player_id: g.visitor.players[1], points: 2, made: false }))
      seqs.push(await ok(g, b));
    const before = await boxscore(g);
    const h3 = g.home.players[2] as number;
    const cases: [number, Record<string, unknown>, number, RegExp][] = [
      // The substitution would take off a player who is not on the court.
      [
        seqs[8] as number,
        { type: 'substitution', team_id: g.home.teamId, player_in_id: g.home.players[6], player_out_id: g.home.players[7] },
        422,
        /not on the court/,
      ],
      // The starters would no longer include the player a later play credits.
      [
        seqs[0] as number,
        { type: 'starters', team_id: g.home.teamId, player_ids: [...g.home.players.slice(1, 5), g.home.players[7]] },
        422,
        /^#4 would no longer be valid \(player \d+ is not on the court\); correct or undo it first$/,
      ],
      // A shot by a player of the other team.
      [
        seqs[5] as number,
        { type: 'field_goal', team_id: g.visitor.teamId, player_id: h3, points: 2, made: true },
        422,
        /the correction does not fit in the place of #6/,
      ],
      // Removing the start of period 2 leaves its plays with no period running.
      [seqs[10] as number, { type: 'timeout', team_id: g.home.teamId }, 422, /period 1 has ended/],
      [999, { type: 'timeout', team_id: g.home.teamId }, 422, /no play #999/],
      [seqs[5] as number, { type: 'undo', seq: 2 }, 400, /replacement/],
      [seqs[5] as number, { type: 'field_goal', team_id: g.visitor.teamId }, 400, /replacement/],
    ];
    for (const [seq, replacement, status, reason] of cases) {
      const r = await correct(g, seq, replacement);
      expect(r.status, JSON.stringify(replacement)).toBe(status);
      expect(status === 422 ? r.json.error.message : JSON.stringify(r.json.error)).toMatch(reason);
    }
    expect(lines(await boxscore(g))).toEqual(lines(before));
    // A correction of a correction, or of an undo.
    const fix = await correct(g, seqs[5] as number, {
      type: 'field_goal',
      team_id: g.visitor.teamId,
      player_id: g.visitor.players[1],
      points: 3,
      made: false,
    });
    expect(fix.status).toBe(200);
    const again = await correct(g, fix.json.data.seq, { type: 'timeout', team_id: g.home.teamId });
    expect([again.status, again.json.error.message]).toEqual([
      422,
      `#${fix.json.data.seq} is a correction: correct #${seqs[5]} itself`,
    ]);
    // Fans may not correct; a stale expected_seq is a 409 with the current seq.
    expect((await correct(g, seqs[5] as number, { type: 'timeout', team_id: g.home.teamId }, {}, fan)).status).toBe(403);
    const stale = await correct(g, seqs[5] as number, { type: 'timeout', team_id: g.home.teamId }, { expected_seq: 3 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details).toMatchObject({ current_seq: fix.json.data.seq });
    expect(await rebuildGame(app.database.db, g.gameId)).toMatchObject({ changed: false });
  });

  it('serializes concurrent corrections on the stream lock: each lands whole, the last in the log wins', async () => {
    const g = await newGame();
    const seqs: number[] = [];
    for (const b of script(g, { team_id: g.visitor.teamId, player_id: g.visitor.players[1], points: 2, made: false }))
      seqs.push(await ok(g, b));
    const target = seqs[5] as number;
    const shooters = g.visitor.players.slice(0, 5);
    const results = await Promise.all(
      shooters.map((p) =>
        correct(g, target, { type: 'field_goal', team_id: g.visitor.teamId, player_id: p, points: 3, made: true }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(shooters.map(() => 200));
    const correctionSeqs = results.map((r) => r.json.data.seq as number).sort((a, b) => a - b);
    expect(correctionSeqs).toEqual(shooters.map((_, i) => seqs.length + 1 + i));
    const last = results.find((r) => r.json.data.seq === correctionSeqs.at(-1));
    const feed = await plays(g);
    expect(feed.find((p) => p.seq === target)).toMatchObject({
      corrected_by: correctionSeqs.at(-1),
      data: { player_id: last?.json.data.data.replacement.player_id },
    });
    const box = await boxscore(g);
    expect(box.state.score.visitor).toBe(1 + 3 + 3);
    const visitorPts = box.teams.find((t: { team_id: number }) => t.team_id === g.visitor.teamId);
    expect(visitorPts.players.reduce((n: number, p: { pts: number }) => n + p.pts, 0)).toBe(7);
    expect(await rebuildGame(app.database.db, g.gameId)).toMatchObject({ changed: false });
  });
});
