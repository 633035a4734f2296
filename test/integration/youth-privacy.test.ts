// Youth privacy: in a youth league, a player's name reaches only their team's scope (coaches,
// players, parents), the league's admins and site admins. Anonymous callers, fans and API keys
// without the scope get initials from every endpoint that names players, and a search by the name
// finds nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as compat from '../../app/api/compat/balldontlie/[[...path]]/route';
import { roleGrants } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import type { LiveEventBody } from '../../lib/basketball/live/events';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { createGame, createPlayer, createTeam } from '../../lib/basketball/scoring/entities';
import { createLeague } from '../../lib/leagues/write';
import { startTestApp, type TestApp } from '../support/app';
import { basketballRoutes } from '../support/basketball-routes';
import { type Caller, call, makeUser, sessionCookie } from '../support/callers';
import { liveRoutes } from '../support/live-routes';
import { jpegWithGps } from '../support/media';
import { routeHandlers } from '../support/routes';

let app: TestApp;
const secret = { first: 'Zephyrine', last: 'Quillfeather' };
let league: { id: number; slug: string };
let gameId: number;
let minorId: number;
let teamId: number;
let season: number;
const callers: Record<string, Caller> = {};

async function session(role: 'admin' | 'coach' | 'fan', name: string): Promise<Caller> {
  const user = await makeUser(app.database.db, role);
  return { name, userId: user.id, headers: { cookie: await sessionCookie(user.id, role) } };
}

beforeAll(async () => {
  app = await startTestApp();
  const db = app.database.db;
  const coach = await session('coach', 'coach of the team');
  const actor = { userId: coach.userId ?? '' };
  const made = await createLeague(db, actor, {
    name: 'Valley Under-12',
    sport: 'basketball',
    level: 'youth',
    season_format: 'split',
    visibility: 'public',
  });
  league = made;
  const teams = [];
  for (const name of ['Comets', 'Rockets']) {
    const { team } = await createTeam(db, actor, { name, abbreviation: name.slice(0, 3).toUpperCase(), league_id: league.id });
    const players: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const who = name === 'Comets' && i === 1 ? secret : { first: `Kid${i}`, last: name };
      const { player } = await createPlayer(db, actor, {
        first_name: who.first,
        last_name: who.last,
        team_id: team.id,
        jersey_number: i,
      });
      players.push(player.id);
    }
    teams.push({ id: team.id, players });
  }
  const [home, visitor] = teams as [(typeof teams)[number], (typeof teams)[number]];
  minorId = home.players[0] as number;
  teamId = home.id;
  const created = await createGame(db, actor, {
    date: new Date().toISOString().slice(0, 10),
    home_team_id: home.id,
    visitor_team_id: visitor.id,
    postseason: false,
  });
  gameId = created.id;
  season = created.season;
  const game = await findGame(db, gameId);
  if (!game) throw new Error('no game');
  const post = (type: string, data: Record<string, unknown> = {}) =>
    appendGameEvent(db, game, { id: randomUUID(), type, ...data } as LiveEventBody, actor);
  for (const t of teams) await post('starters', { team_id: t.id, player_ids: t.players });
  await post('period_start', { period: 1 });
  await post('field_goal', { team_id: home.id, player_id: minorId, points: 2, made: true });
  for (const p of [1, 2, 3, 4]) {
    if (p > 1) await post('period_start', { period: p });
    await post('period_end', { period: p });
  }
  await post('game_end');

  // Who asks.
  callers.anonymous = { name: 'anonymous', headers: {} };
  callers.fan = await session('fan', 'fan');
  callers['other coach'] = await session('coach', 'coach of another team');
  const keyOwner = await session('fan', 'key owner');
  const key = await createApiKey(db, keyOwner.userId ?? '', 'reader', 'read');
  callers['api key without the scope'] = { name: 'api key', headers: { authorization: `Bearer ${key.key}` } };
  const parentOfAnother = await session('fan', 'parent of another player');
  await db.insert(roleGrants).values({
    userId: parentOfAnother.userId ?? '',
    role: 'parent',
    scopeKind: 'player',
    scopeId: 999_999,
  });
  callers['parent of another'] = parentOfAnother;
  callers.coach = coach;
  callers.admin = await session('admin', 'site admin');
  const parent = await session('fan', 'parent of the player');
  await db.insert(roleGrants).values({ userId: parent.userId ?? '', role: 'parent', scopeKind: 'player', scopeId: minorId });
  callers.parent = parent;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** The text of every answer that could name the player, for one caller. */
async function everything(who: Caller): Promise<string> {
  const out: string[] = [];
  const get = async (handler: Parameters<typeof call>[0], path: string, params: Record<string, string> = {}) => {
    const res = await call(handler, { path, headers: who.headers, params });
    out.push(`${path.split('?')[0]} ${res.status} ${await res.text()}`);
  };
  const l = `league=${league.slug}`;
  await get(basketballRoutes['/api/v1/basketball/players'], `/api/v1/basketball/players?${l}`);
  await get(basketballRoutes['/api/v1/basketball/players'], `/api/v1/basketball/players?${l}&search=${secret.last}`);
  await get(basketballRoutes['/api/v1/basketball/players/{id}'], `/api/v1/basketball/players/${minorId}`, {
    id: String(minorId),
  });
  await get(basketballRoutes['/api/v1/basketball/stats'], `/api/v1/basketball/stats?${l}`);
  await get(
    basketballRoutes['/api/v1/basketball/season-averages'],
    `/api/v1/basketball/season-averages?${l}&seasons[]=${season}&player_ids[]=${minorId}`,
  );
  await get(basketballRoutes['/api/v1/basketball/leaders'], `/api/v1/basketball/leaders?${l}&season=${season}&min_games=1`);
  await get(basketballRoutes['/api/v1/basketball/games/{id}'], `/api/v1/basketball/games/${gameId}`, { id: String(gameId) });
  await get(liveRoutes['GET /api/v1/basketball/games/{id}/boxscore'], `/api/v1/basketball/games/${gameId}/boxscore`, {
    id: String(gameId),
  });
  await get(liveRoutes['GET /api/v1/basketball/games/{id}/plays'], `/api/v1/basketball/games/${gameId}/plays`, {
    id: String(gameId),
  });
  const path = ['nba', 'v1', 'players', String(minorId)];
  await get(compat.GET as Parameters<typeof call>[0], `/api/compat/balldontlie/${path.join('/')}`, {
    path: path as unknown as string,
  });
  return out.join('\n');
}

describe('youth privacy', () => {
  for (const name of ['anonymous', 'fan', 'api key without the scope', 'other coach', 'parent of another']) {
    it(`${name}: no minor's name anywhere, initials instead`, async () => {
      const text = await everything(callers[name] as Caller);
      expect(text).not.toMatch(new RegExp(`${secret.first}|${secret.last}`, 'i'));
      // Not an empty answer that hides everything: the player is there, as initials.
      expect(text).toContain('Z. Q.');
      expect(text).not.toMatch(/ 5\d\d /);
    });
  }

  for (const name of ['coach', 'parent', 'admin']) {
    it(`${name}: sees the name`, async () => {
      const text = await everything(callers[name] as Caller);
      expect(text).toContain(`${secret.first} ${secret.last}`);
    });
  }

  it("a minor's photo is not found for those who see initials, and served to their team's people", async () => {
    const upload = await call(routeHandlers['POST /api/v1/media'] as Parameters<typeof call>[0], {
      method: 'POST',
      path: `/api/v1/media?kind=photo&team_id=${teamId}&player_id=${minorId}`,
      headers: { ...callers.coach?.headers, 'content-type': 'image/jpeg' },
      rawBody: await jpegWithGps(),
    });
    expect(upload.status).toBe(201);
    const { id } = ((await upload.json()) as { data: { id: string } }).data;
    const fetch = async (route: string, who: Caller, path: string) =>
      (
        await call(routeHandlers[route] as Parameters<typeof call>[0], {
          path,
          headers: who.headers,
          params: { id },
        })
      ).status;
    for (const name of ['anonymous', 'fan', 'api key without the scope', 'other coach', 'parent of another']) {
      const who = callers[name] as Caller;
      expect(await fetch('GET /api/v1/media/{id}', who, `/api/v1/media/${id}`), name).toBe(404);
      expect(await fetch('GET /api/v1/media/{id}/file', who, `/api/v1/media/${id}/file`), name).toBe(404);
      expect(await fetch('GET /api/v1/media/{id}/thumbnail', who, `/api/v1/media/${id}/thumbnail`), name).toBe(404);
      const listed = await call(routeHandlers['GET /api/v1/media'] as Parameters<typeof call>[0], {
        path: `/api/v1/media?player_id=${minorId}`,
        headers: who.headers,
      });
      expect(((await listed.json()) as { data: unknown[] }).data, name).toEqual([]);
    }
    for (const name of ['coach', 'parent', 'admin']) {
      expect(await fetch('GET /api/v1/media/{id}/file', callers[name] as Caller, `/api/v1/media/${id}/file`), name).toBe(200);
    }
  });

  it('only those who may see a minor may follow them (notifications would carry the name)', async () => {
    const follow = async (who: Caller) =>
      (
        await call(routeHandlers['POST /api/v1/me/follows'] as Parameters<typeof call>[0], {
          method: 'POST',
          path: '/api/v1/me/follows',
          headers: who.headers,
          body: { target_kind: 'player', target_id: String(minorId) },
        })
      ).status;
    for (const name of ['fan', 'other coach', 'parent of another']) expect(await follow(callers[name] as Caller), name).toBe(404);
    for (const name of ['coach', 'parent', 'admin']) expect(await follow(callers[name] as Caller), name).toBe(201);
  });

  it('answers that name players in a youth league are never kept by shared caches', async () => {
    const res = await call(basketballRoutes['/api/v1/basketball/stats'], {
      path: `/api/v1/basketball/stats?league=${league.slug}`,
    });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
