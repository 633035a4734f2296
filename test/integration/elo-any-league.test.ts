// Elo for any league without anyone training a model: a youth league scored live in Statline gets
// Elo forecasts from games/simple (and compare) once it has 10 final games, and not before; a new
// result moves the next forecast. Runs on the embedded defaults and on Postgres + Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { League } from '../../drizzle/schema';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { createGame } from '../../lib/basketball/scoring/entities';
import { createLeague } from '../../lib/leagues/write';
import { ELO_MIN_GAMES, ON_DEMAND_VERSION } from '../../lib/predictions/games/elo-on-demand';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { body, makeTeam } from '../support/live-game';
import { routeHandlers } from '../support/routes';

let app: TestApp;
let coach: Caller;
let fan: Caller;
let league: League;
const teams: { teamId: number; players: number[] }[] = [];

/** A two-half game scored live to the end: `homePts` and `visitorPts` in field goals of 2. */
async function play(home: number, visitor: number, homePts: number, visitorPts: number, date: string) {
  const db = app.database.db;
  const h = teams[home];
  const v = teams[visitor];
  if (!h || !v) throw new Error('no such team');
  const created = await createGame(
    db,
    { userId: coach.userId ?? '' },
    { date, home_team_id: h.teamId, visitor_team_id: v.teamId, rule_set: 'ncaa_men', postseason: false, league_id: league.id },
  );
  const game = await findGame(db, created.id);
  if (!game) throw new Error('game not stored');
  const send = (type: string, data: Record<string, unknown> = {}) =>
    appendGameEvent(db, game, body(type, data) as never, { userId: coach.userId ?? '' });
  await send('starters', { team_id: h.teamId, player_ids: h.players.slice(0, 5) });
  await send('starters', { team_id: v.teamId, player_ids: v.players.slice(0, 5) });
  for (const period of [1, 2]) {
    await send('period_start', { period });
    if (period === 1) {
      for (let i = 0; i < homePts / 2; i++)
        await send('field_goal', { team_id: h.teamId, player_id: h.players[0], points: 2, made: true });
      for (let i = 0; i < visitorPts / 2; i++)
        await send('field_goal', { team_id: v.teamId, player_id: v.players[0], points: 2, made: true });
    }
    await send('period_end', { period });
  }
  await send('game_end');
}

async function api(route: keyof typeof routeHandlers, payload: unknown) {
  const [method, p] = route.split(' ') as [string, string];
  const handler = routeHandlers[route];
  if (!handler) throw new Error(`no handler for ${route}`);
  const res = await call(handler, { method, path: p, headers: fan.headers, body: payload });
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
  return { status: res.status, json: (await res.json()) as any };
}
// Players join their teams today, and a game is played by its roster of that day: the games are
// today and on the days after it, and the forecasts are for a day after them all.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const simple = (home: number, visitor: number, model?: string) =>
  api('POST /api/v1/predictions/games/simple', {
    home_team_id: teams[home]?.teamId,
    visitor_team_id: teams[visitor]?.teamId,
    date: day(40),
    ...(model ? { model } : {}),
  });

beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  const coachUser = await makeUser(db, 'coach');
  coach = { name: 'coach', userId: coachUser.id, headers: { cookie: await sessionCookie(coachUser.id, 'coach') } };
  const fanUser = await makeUser(db, 'fan');
  fan = { name: 'fan', userId: fanUser.id, headers: { cookie: await sessionCookie(fanUser.id, 'fan') } };
  league = await createLeague(
    db,
    { userId: coachUser.id },
    { name: 'Elo Youth', sport: 'basketball', level: 'youth', season_format: 'split', visibility: 'public' },
  );
  for (let i = 0; i < 4; i++) teams.push(await makeTeam(db, coachUser.id, 5, league.id));
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('Elo for a league nobody trained a model for', () => {
  it('answers 409 with fewer than 10 final games, then Elo from the 10th on, favouring the team that keeps winning', async () => {
    expect(ELO_MIN_GAMES).toBe(10);
    // Team 0 beats everyone; the others split. Nine games, on nine days.
    const schedule: [number, number, number, number][] = [
      [0, 1, 20, 10],
      [2, 3, 12, 10],
      [1, 0, 8, 16],
      [3, 2, 14, 10],
      [0, 2, 18, 12],
      [1, 3, 10, 8],
      [2, 0, 6, 20],
      [3, 1, 12, 10],
      [0, 3, 22, 8],
    ];
    for (const [i, [h, v, hp, vp]] of schedule.entries()) await play(h, v, hp, vp, day(i));
    const early = await simple(0, 1);
    expect(early.status).toBe(409);
    expect(early.json.error.message).toMatch(/fewer than 10 final games/);

    await play(2, 1, 14, 12, day(10));
    const res = await simple(0, 1);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json.data.model).toEqual({ name: `${league.slug}-game-elo`, kind: 'elo', version: ON_DEMAND_VERSION });
    expect(res.json.data.home_win_probability).toBeGreaterThan(0.6);
    const away = await simple(1, 0);
    // The same pair with the other at home: only the rating gap changes sign, so team 0 is rated higher.
    expect(away.json.data.home_win_probability).toBeLessThan(res.json.data.home_win_probability);
    // Asking for Elo by name, or the best, gives the same answer; a kind nobody trained is a 404.
    expect((await simple(0, 1, 'elo')).json.data.home_win_probability).toBe(res.json.data.home_win_probability);
    expect((await simple(0, 1, 'best')).json.data.model.kind).toBe('elo');
    expect((await simple(0, 1, 'logistic')).status).toBe(404);
    const compare = await api('POST /api/v1/predictions/compare', {
      home_team_id: teams[0]?.teamId,
      visitor_team_id: teams[1]?.teamId,
      date: day(40),
    });
    expect(compare.status).toBe(200);
    expect(compare.json.data.answers.map((a: { model: { kind: string } }) => a.model.kind)).toEqual(['elo']);
  }, 300_000);

  it('a new result moves the next forecast (the cached ratings follow the data)', async () => {
    const before = (await simple(0, 1)).json.data.home_win_probability as number;
    await play(1, 0, 30, 2, day(15));
    const after = (await simple(0, 1)).json.data.home_win_probability as number;
    expect(after).toBeLessThan(before);
  }, 120_000);
});
