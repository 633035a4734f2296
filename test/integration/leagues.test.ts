// Leagues keep amateur basketball apart from the pro data: a youth league's games, however new,
// change nothing the NBA pages and the public API show, and a members-only league is invisible to
// everyone outside it.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as leagueRoute from '../../app/api/v1/leagues/[id]/route';
import * as leaguesRoute from '../../app/api/v1/leagues/route';
import { bbGames } from '../../drizzle/schema';
import { getHomeData } from '../../lib/basketball/home-data';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { getLatestSeason } from '../../lib/basketball/latest';
import type { LiveEventBody } from '../../lib/basketball/live/events';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, readCsv, teamLog2019 } from '../support/basketball-csv';
import { basketballRoutes } from '../support/basketball-routes';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { send } from '../support/live-api';

let app: TestApp;
let coach: Caller;
let otherCoach: Caller;
let admin: Caller;
let fan: Caller;
const anonymous: Caller = { name: 'anonymous', headers: {} };

async function caller(role: 'admin' | 'coach' | 'fan'): Promise<Caller> {
  const user = await makeUser(app.database.db, role);
  return { name: role, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
}

const csvOf = (rows: Record<string, string>[]) =>
  Readable.from([
    Buffer.from(`${Object.keys(rows[0] ?? {}).join(',')}\n${rows.map((r) => Object.values(r).join(',')).join('\n')}\n`),
  ]);

beforeAll(async () => {
  app = await startTestApp();
  // NBA data: a season of team results (2018-19) and the first 300 player lines of 2024-25.
  for (const rows of [readCsv(teamLog2019), readCsv(playerLogFile).slice(0, 300)]) {
    const summary = await importBasketball(app.database, { source: 'part.csv', input: csvOf(rows) });
    expect(summary).toMatchObject({ rejected: 0 });
  }
  [coach, otherCoach, admin, fan] = [await caller('coach'), await caller('coach'), await caller('admin'), await caller('fan')];
}, 180_000);
afterAll(async () => {
  await app?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
async function get(
  path: keyof typeof basketballRoutes,
  qs: string,
  who: Caller = anonymous,
): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await call(basketballRoutes[path], { path: `${path}?${qs}`, headers: who.headers });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
async function leagues(
  method: 'GET' | 'POST' | 'PATCH',
  who: Caller,
  opts: { id?: string; body?: unknown; qs?: string } = {},
): Promise<{ status: number; json: any }> {
  const handler =
    opts.id === undefined ? (leaguesRoute as Record<string, unknown>)[method] : (leagueRoute as Record<string, unknown>)[method];
  const path = `/api/v1/leagues${opts.id === undefined ? '' : `/${opts.id}`}${opts.qs ? `?${opts.qs}` : ''}`;
  const res = await call(handler as Parameters<typeof call>[0], {
    method,
    path,
    headers: who.headers,
    body: opts.body,
    params: opts.id === undefined ? {} : { id: opts.id },
  });
  return { status: res.status, json: res.status === 204 ? null : await res.json() };
}

/** Everything the NBA shows through the public API and on the home page. */
async function nbaSnapshot() {
  const nba = await importLeagueId(app.database.db);
  return {
    latestSeason: await getLatestSeason(app.database.db, nba),
    home: await getHomeData(nba),
    standings: (await get('/api/v1/basketball/standings', 'season=2018')).json,
    leaders: (await get('/api/v1/basketball/leaders', 'season=2024&min_games=1')).json,
    averages: (await get('/api/v1/basketball/league-averages', 'season=2024')).json,
    games: (await get('/api/v1/basketball/games', 'start_date=2024-10-01&per_page=100')).json,
    teams: (await get('/api/v1/basketball/teams', 'per_page=100')).json,
    players: (await get('/api/v1/basketball/players', 'per_page=100')).json,
    stats: (await get('/api/v1/basketball/stats', 'seasons[]=2024&per_page=100')).json,
  };
}

/** A youth league of the coach's with two teams of five, and a game between them today played to the end. */
async function playYouthGame(who: Caller, league: { id: number; slug: string }) {
  const team = async (name: string, abbreviation: string) => {
    const made = await send('POST /api/v1/basketball/teams', who, { body: { name, abbreviation, league_id: league.id } });
    expect(made.status, JSON.stringify(made.json)).toBe(201);
    expect(made.json.data.league_id).toBe(league.id);
    const players: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const p = await send('POST /api/v1/basketball/players', who, {
        body: { first_name: `Kid${i}`, last_name: abbreviation, team_id: made.json.data.id, jersey_number: i },
      });
      expect(p.status).toBe(201);
      players.push(p.json.data.id);
    }
    return { id: made.json.data.id as number, players };
  };
  const home = await team(`Hawks ${league.slug}`, 'HWK');
  const visitor = await team(`Owls ${league.slug}`, 'OWL');
  const created = await send('POST /api/v1/basketball/games', who, {
    body: { date: new Date().toISOString().slice(0, 10), home_team_id: home.id, visitor_team_id: visitor.id },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const game = await findGame(app.database.db, created.json.data.id);
  if (!game) throw new Error('no game');
  const post = (type: string, data: Record<string, unknown> = {}) =>
    appendGameEvent(app.database.db, game, { id: randomUUID(), type, ...data } as LiveEventBody, { userId: who.userId ?? '' });
  for (const t of [home, visitor]) await post('starters', { team_id: t.id, player_ids: t.players });
  await post('period_start', { period: 1 });
  await post('field_goal', { team_id: home.id, player_id: home.players[0], points: 3, made: true });
  await post('period_end', { period: 1 });
  for (const p of [2, 3, 4]) {
    await post('period_start', { period: p });
    await post('period_end', { period: p });
  }
  await post('game_end');
  return { gameId: game.id, home, visitor };
}

describe('leagues keep amateur games apart from the NBA', () => {
  it('finishing a youth game (in a newer season) changes nothing on the NBA pages or in the NBA API', async () => {
    const before = await nbaSnapshot();
    expect(before.standings.data.length).toBe(30);
    expect(before.leaders.data.length).toBeGreaterThan(0);
    const created = await leagues('POST', coach, {
      body: { name: 'Riverside Youth League', sport: 'basketball', level: 'youth' },
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ slug: 'riverside-youth-league', level: 'youth', default_season: null });
    const played = await playYouthGame(coach, created.json.data);

    expect(await nbaSnapshot()).toEqual(before);

    // The youth league has its own season, standings, leaders and games.
    const youth = await leagues('GET', anonymous, { id: 'riverside-youth-league' });
    const season = youth.json.data.default_season;
    expect(season).toBeGreaterThan(2024);
    const standings = await get('/api/v1/basketball/standings', `season=${season}&league=riverside-youth-league`);
    expect(standings.json.data.map((s: { team: { id: number }; wins: number }) => [s.team.id, s.wins])).toEqual([
      [played.home.id, 1],
      [played.visitor.id, 0],
    ]);
    const games = await get('/api/v1/basketball/games', `league=${youth.json.data.id}`);
    expect(games.json.data.map((g: { id: number }) => g.id)).toEqual([played.gameId]);
    const leaders = await get('/api/v1/basketball/leaders', `season=${season}&league=riverside-youth-league&min_games=1`);
    expect(leaders.json.data[0]).toMatchObject({ player: { id: played.home.players[0] }, value: 3 });
    // And the NBA's season list does not know it.
    expect((await leagues('GET', anonymous, { id: 'nba' })).json.data.seasons).not.toContain(season);
  });

  it('a league that does not exist is a 404 on every filtered endpoint, never the default league', async () => {
    const queries = {
      '/api/v1/basketball/standings': 'season=2018',
      '/api/v1/basketball/leaders': 'season=2018',
      '/api/v1/basketball/league-averages': 'season=2018',
      '/api/v1/basketball/games': 'seasons[]=2018',
      '/api/v1/basketball/teams': 'per_page=5',
      '/api/v1/basketball/players': 'per_page=5',
      '/api/v1/basketball/stats': 'per_page=5',
      '/api/v1/basketball/season-averages': 'seasons[]=2018&team_ids[]=1',
    } as const;
    for (const [path, qs] of Object.entries(queries) as [keyof typeof queries, string][]) {
      const res = await get(path, `${qs}&league=no-such-league`);
      expect(res.status, path).toBe(404);
      expect(res.json.error.message).toMatch(/no-such-league/);
    }
  });
});

describe('the leagues API', () => {
  it('lists the NBA first for everyone, and reads a league by id or slug', async () => {
    const list = await leagues('GET', anonymous, { qs: 'sport=basketball' });
    expect(list.status).toBe(200);
    expect(list.json.data[0]).toMatchObject({ slug: 'nba', level: 'pro', pickup: false });
    const byId = await leagues('GET', anonymous, { id: String(list.json.data[0].id) });
    const bySlug = await leagues('GET', anonymous, { id: 'NBA' });
    expect(byId.json.data).toEqual(bySlug.json.data);
    expect(bySlug.json.data.default_season).toBe(2024);
  });

  it('refuses bad input with field details and a taken slug with a conflict', async () => {
    const bad = await leagues('POST', coach, { body: { name: 'X', sport: 'cricket', level: 'youth', slug: 'Not A Slug' } });
    expect(bad.status).toBe(400);
    const fields = JSON.stringify(bad.json.error.details);
    for (const field of ['name', 'sport', 'slug']) expect(fields).toContain(field);
    const first = await leagues('POST', coach, {
      body: { name: 'Metro Club League', sport: 'basketball', level: 'adult_amateur' },
    });
    expect(first.status).toBe(201);
    const again = await leagues('POST', admin, { body: { name: 'Metro Club League', sport: 'basketball', level: 'college' } });
    expect(again.status).toBe(409);
    expect(again.json.error.message).toMatch(/metro-club-league/);
  });

  it('only its league admins (and site admins) change a league or add teams to it', async () => {
    const made = await leagues('POST', coach, { body: { name: 'Harbor Schools', sport: 'basketball', level: 'high_school' } });
    const id = String(made.json.data.id);
    expect((await leagues('PATCH', otherCoach, { id, body: { name: 'Stolen' } })).status).toBe(403);
    expect((await leagues('PATCH', fan, { id, body: { name: 'Stolen' } })).status).toBe(403);
    const renamed = await leagues('PATCH', coach, { id, body: { name: 'Harbor Schools League' } });
    expect(renamed.status).toBe(200);
    expect(renamed.json.data.name).toBe('Harbor Schools League');
    expect((await leagues('PATCH', admin, { id, body: { visibility: 'members' } })).json.data.visibility).toBe('members');
    const intruder = await send('POST /api/v1/basketball/teams', otherCoach, {
      body: { name: 'Gatecrashers', abbreviation: 'GCR', league_id: made.json.data.id },
    });
    expect(intruder.status).toBe(403);
  });

  it('a members-only league is not found for outsiders, in lists, reads and statistics', async () => {
    const made = await leagues('POST', coach, {
      body: { name: 'Private Club', sport: 'basketball', level: 'youth', visibility: 'members' },
    });
    expect(made.status).toBe(201);
    const { slug } = made.json.data;
    const { gameId } = await playYouthGame(coach, made.json.data);
    const game = (who: Caller) =>
      call(basketballRoutes['/api/v1/basketball/games/{id}'], {
        path: `/api/v1/basketball/games/${gameId}`,
        headers: who.headers,
        params: { id: String(gameId) },
      });
    const box = (who: Caller) => send('GET /api/v1/basketball/games/{id}/boxscore', who, { id: gameId });
    const season = (await leagues('GET', coach, { id: slug })).json.data.default_season;
    for (const who of [anonymous, fan, otherCoach]) {
      expect((await leagues('GET', who, { id: slug })).status, who.name).toBe(404);
      const listed = (await leagues('GET', who)).json.data.map((l: { slug: string }) => l.slug);
      expect(listed, who.name).not.toContain(slug);
      expect((await get('/api/v1/basketball/standings', `season=${season}&league=${slug}`, who)).status, who.name).toBe(404);
      expect((await game(who)).status, who.name).toBe(404);
      expect((await box(who)).status, who.name).toBe(404);
    }
    for (const who of [coach, admin]) {
      const standings = await get('/api/v1/basketball/standings', `season=${season}&league=${slug}`, who);
      expect(standings.status, who.name).toBe(200);
      expect(standings.json.data).toHaveLength(2);
      // Per viewer: no shared cache may keep it.
      expect(standings.headers.get('cache-control')).toBe('private, no-store');
      expect((await game(who)).status, who.name).toBe(200);
      expect((await box(who)).status, who.name).toBe(200);
    }
  });

  it('a game needs both teams in the league it names; teams of two leagues play in the creator’s pickup league', async () => {
    const a = await leagues('POST', coach, { body: { name: 'League A', sport: 'basketball', level: 'youth' } });
    const teamIn = async (name: string, league_id?: number) =>
      (await send('POST /api/v1/basketball/teams', coach, { body: { name, abbreviation: 'TMX', league_id } })).json.data;
    const inA = await teamIn('A Team', a.json.data.id);
    const pickup = await teamIn('Pickup Team');
    expect(pickup.league_id).not.toBe(a.json.data.id);
    const date = new Date().toISOString().slice(0, 10);
    const named = await send('POST /api/v1/basketball/games', coach, {
      body: { date, home_team_id: inA.id, visitor_team_id: pickup.id, league_id: a.json.data.id },
    });
    expect(named.status).toBe(422);
    expect(named.json.error.message).toMatch(/Both teams must be in League A/);
    const mixed = await send('POST /api/v1/basketball/games', coach, {
      body: { date, home_team_id: inA.id, visitor_team_id: pickup.id },
    });
    expect(mixed.status).toBe(201);
    const [game] = await app.database.db.select().from(bbGames).where(eq(bbGames.id, mixed.json.data.id));
    expect(game?.leagueId).toBe(pickup.league_id);
  });
});
