// The balldontlie drop-in, driven by balldontlie's own JavaScript SDK pointed at a running Statline:
// the published client (fetch) for every NBA method it has, and the SDK's newer axios client (in
// the same package) for getLeaders, which the published one lacks, and for its axios request path. Values
// are checked against the source CSVs and /api/v1, not just for shape.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { BalldontlieAPI } from '@balldontlie/sdk';
import { BalldontlieAPI as AxiosBalldontlieAPI } from '@balldontlie/sdk/dist/src/index.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as compat from '../../app/api/compat/balldontlie/[[...path]]/route';
import { bbPlayerLines, bbPlayers, bbTeams } from '../../drizzle/schema';
import { createApiKey } from '../../lib/auth/api-keys';
import { bdlBoxScore, bdlGame, bdlPlayer, bdlStat, bdlTeam } from '../../lib/basketball/balldontlie/shapes';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, readCsv, teamLog2019 } from '../support/basketball-csv';
import { basketballRoutes } from '../support/basketball-routes';
import { type Caller, call, makeCallers } from '../support/callers';
import { body, type LiveFixture, makeLiveGame } from '../support/live-game';
import { liveRoutes } from '../support/live-routes';
import { type RouteServer, serveCatchAll } from '../support/route-server';

const PLAYER_ROWS = 3000;
const TEAM_ROWS = 400;

let app: TestApp;
let server: RouteServer;
let apiKey: string;
let admin: Caller;
let live: LiveFixture;
let sdk: BalldontlieAPI;
let axiosSdk: AxiosBalldontlieAPI;

const playerRows = readCsv(playerLogFile).slice(0, PLAYER_ROWS);
const teamRows = readCsv(teamLog2019).slice(0, TEAM_ROWS);
// log-2019.csv is the 2018-19 season: SEASON_ID 22018.
const teamSeason = Number(teamRows[0]?.SEASON_ID?.slice(1));
const usDate = (d: string) => {
  const [m, day, y] = d.split('/');
  return `${y}-${m?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
};

const head = (file: string, rows: number) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, rows + 1)
    .join('\n');

async function postPlay(b: Record<string, unknown>) {
  const res = await call(liveRoutes['POST /api/v1/basketball/games/{id}/events'], {
    method: 'POST',
    path: `/api/v1/basketball/games/${live.gameId}/events`,
    headers: admin.headers,
    body: b,
    params: { id: String(live.gameId) },
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

async function raw(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.baseUrl}${path}`, { headers });
  // biome-ignore lint/suspicious/noExplicitAny: bodies are checked field by field
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

beforeAll(async () => {
  app = await startTestApp();
  await importBasketball(app.database, {
    source: 'log-2019.csv',
    input: Readable.from([Buffer.from(head(teamLog2019, TEAM_ROWS))]),
  });
  await importBasketball(app.database, {
    source: 'players.csv',
    input: Readable.from([Buffer.from(head(playerLogFile, PLAYER_ROWS))]),
  });
  const callers = await makeCallers(app.database.db);
  admin = callers.sessions.admin;
  apiKey = (await createApiKey(app.database.db, admin.userId ?? '', 'sdk', 'read')).key;
  // A game in progress in the live tracker: a three by the home team's first player, a free throw by the visitors'.
  // Scored live in the NBA league: the drop-in answers from that league only.
  live = await makeLiveGame(app.database.db, {
    homeCoachId: admin.userId ?? '',
    visitorCoachId: admin.userId ?? '',
    leagueId: await importLeagueId(app.database.db),
  });
  await postPlay(body('starters', { team_id: live.home.teamId, player_ids: live.home.players.slice(0, 5) }));
  await postPlay(body('starters', { team_id: live.visitor.teamId, player_ids: live.visitor.players.slice(0, 5) }));
  await postPlay(body('period_start', { period: 1 }));
  await postPlay(body('field_goal', { team_id: live.home.teamId, player_id: live.home.players[0], points: 3, made: true }));
  await postPlay(body('free_throw', { team_id: live.visitor.teamId, player_id: live.visitor.players[1], made: true }));
  server = await serveCatchAll('/api/compat/balldontlie', compat);
  sdk = new BalldontlieAPI({ apiKey, baseUrl: server.baseUrl });
  axiosSdk = new AxiosBalldontlieAPI({ apiKey: `Bearer ${apiKey}`, baseUrl: server.baseUrl });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await app?.close();
});

async function idOfPlayer(name: string) {
  const all = await app.database.db.select({ id: bbPlayers.id, name: bbPlayers.name }).from(bbPlayers);
  const found = all.find((x) => x.name === name);
  if (!found) throw new Error(`no player ${name}`);
  return found.id;
}

describe('teams', () => {
  it('lists teams split into city and nickname, filters by conference, and gets one', async () => {
    const all = await sdk.nba.getTeams();
    expect(all.data.length).toBe((await app.database.db.select({ id: bbTeams.id }).from(bbTeams)).length);
    for (const t of all.data) bdlTeam.parse(t);
    const bos = all.data.find((t) => t.abbreviation === 'BOS');
    expect(bos).toEqual({
      id: expect.any(Number),
      conference: 'East',
      division: 'Atlantic',
      city: 'Boston',
      name: 'Celtics',
      full_name: 'Boston Celtics',
      abbreviation: 'BOS',
    });
    expect(all.data.find((t) => t.abbreviation === 'POR')).toMatchObject({ city: 'Portland', name: 'Trail Blazers' });
    const east = await sdk.nba.getTeams({ conference: 'East' });
    expect(east.data.length).toBeGreaterThan(5);
    expect(east.data.every((t) => t.conference === 'East')).toBe(true);
    expect((await sdk.nba.getTeam(bos?.id ?? 0)).data).toEqual(bos);
  });
});

describe('players', () => {
  it('finds a player by search and by first and last name, with his current team', async () => {
    const found = await sdk.nba.getPlayers({ search: 'tatum' });
    const tatum = found.data.find((p) => p.last_name === 'Tatum');
    bdlPlayer.parse(tatum);
    expect(tatum).toMatchObject({ first_name: 'Jayson', last_name: 'Tatum', height: null, draft_year: null });
    expect(tatum?.team).toMatchObject({ abbreviation: 'BOS', full_name: 'Boston Celtics' });
    const byName = await sdk.nba.getPlayers({ first_name: 'Jay', last_name: 'Tat' });
    expect(byName.data.map((p) => p.id)).toContain(tatum?.id);
    expect((await sdk.nba.getPlayer(tatum?.id ?? 0)).data).toEqual(tatum);
  });

  it('pages through every player with numeric cursors, none twice', async () => {
    const total = (await app.database.db.select({ id: bbPlayers.id }).from(bbPlayers)).length;
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await sdk.nba.getPlayers({ per_page: 100, ...(cursor ? { cursor } : {}) });
      expect(page.meta?.per_page).toBe(100);
      seen.push(...page.data.map((p) => p.id));
      cursor = page.meta?.next_cursor;
    } while (cursor);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('lists active players (on a roster in the newest season), filtered by team', async () => {
    const bos = (await sdk.nba.getTeams()).data.find((t) => t.abbreviation === 'BOS');
    const active = await sdk.nba.getActivePlayers({ team_ids: [bos?.id ?? 0], per_page: 100 });
    const names = active.data.map((p) => `${p.first_name} ${p.last_name}`);
    const expected = new Set(playerRows.filter((r) => r.Tm === 'BOS').map((r) => r.Player));
    expect(new Set(names)).toEqual(expected);
  });
});

describe('games', () => {
  it('lists games of a date and season with the scores of the source', async () => {
    const day = teamRows[0]?.GAME_DATE ?? '';
    const games = await sdk.nba.getGames({ seasons: [teamSeason], dates: [day], per_page: 100 });
    const expected = new Set(teamRows.filter((r) => r.GAME_DATE === day).map((r) => r.GAME_ID));
    expect(games.data.length).toBe(expected.size);
    for (const g of games.data) {
      bdlGame.parse(g);
      expect(g).toMatchObject({ date: day, season: teamSeason, status: 'Final', time: 'Final', postseason: false });
      const home = teamRows.find((r) => r.GAME_DATE === day && r.TEAM_ABBREVIATION === g.home_team.abbreviation);
      const away = teamRows.find((r) => r.GAME_DATE === day && r.TEAM_ABBREVIATION === g.visitor_team.abbreviation);
      expect(home?.MATCHUP).toContain('vs.');
      expect(g.home_team_score).toBe(Number(home?.PTS));
      expect(g.visitor_team_score).toBe(Number(away?.PTS));
    }
    const one = games.data[0];
    expect((await sdk.nba.getGame(one?.id ?? 0)).data).toEqual(one);
  });

  it('pages games by id without repeats; a live game says which period it is in', async () => {
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await sdk.nba.getGames({ per_page: 37, ...(cursor ? { cursor } : {}) });
      seen.push(...page.data.map((g) => g.id));
      cursor = page.meta?.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(live.gameId);
    const g = (await sdk.nba.getGame(live.gameId)).data;
    expect(g).toMatchObject({ status: '1st Qtr', period: 1, time: null, home_team_score: 3, visitor_team_score: 1 });
  });
});

describe('stats and season averages', () => {
  it("serves a player's box-score lines as the source has them", async () => {
    const tatumId = await idOfPlayer('Jayson Tatum');
    const stats = await sdk.nba.getStats({ player_ids: [tatumId], seasons: [2024], per_page: 100 });
    const rows = playerRows.filter((r) => r.Player === 'Jayson Tatum');
    expect(stats.data.length).toBe(rows.length);
    for (const s of stats.data) {
      bdlStat.parse(s);
      const row = rows.find((r) => usDate(r.Data ?? '') === s.game.date);
      expect(s).toMatchObject({ pts: Number(row?.PTS), reb: Number(row?.TRB), ast: Number(row?.AST), fgm: Number(row?.FG) });
      expect(s.player).toMatchObject({ id: tatumId, first_name: 'Jayson', last_name: 'Tatum' });
      expect(s.team.abbreviation).toBe('BOS');
      expect(s.min).toMatch(/^\d+:\d\d$/);
    }
  });

  it('pages stat lines with cursors and repeated keys without brackets', async () => {
    const total = (await app.database.db.select({ id: bbPlayerLines.id }).from(bbPlayerLines)).length;
    const seen: number[] = [];
    let cursor: number | undefined;
    do {
      const page = await sdk.nba.getStats({ per_page: 100, ...(cursor ? { cursor } : {}) });
      seen.push(...page.data.map((s) => s.id));
      cursor = page.meta?.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(total);
    const tatumId = await idOfPlayer('Jayson Tatum');
    const plain = await raw(`/nba/v1/stats?player_ids=${tatumId}&seasons=2024&seasons=2023&per_page=100`, {
      authorization: apiKey,
    });
    const indexed = await raw(`/nba/v1/stats?player_ids[0]=${tatumId}&seasons[0]=2024&per_page=100`, { authorization: apiKey });
    expect(plain.status).toBe(200);
    expect(plain.json.data.length).toBe(playerRows.filter((r) => r.Player === 'Jayson Tatum').length);
    expect(indexed.json.data).toEqual(plain.json.data);
  });

  it('answers season averages computed from the lines', async () => {
    const tatumId = await idOfPlayer('Jayson Tatum');
    const res = await sdk.nba.getSeasonAverages({ season: 2024, player_id: tatumId });
    const rows = playerRows.filter((r) => r.Player === 'Jayson Tatum' && Number(r.MP) > 0);
    const pts = rows.reduce((n, r) => n + Number(r.PTS), 0);
    expect(res.data).toHaveLength(1);
    expect(res.data[0]).toMatchObject({
      player_id: tatumId,
      season: 2024,
      games_played: rows.length,
      pts: Math.round((pts / rows.length) * 10) / 10,
    });
    expect(res.data[0]?.min).toMatch(/^\d+:\d\d$/);
  });
});

describe('standings, box scores and leaders', () => {
  it('serves standings with records as "W-L" and ranks', async () => {
    const res = await sdk.nba.getStandings({ season: teamSeason });
    expect(res.data.length).toBeGreaterThan(20);
    for (const s of res.data) {
      const rows = teamRows.filter((r) => r.TEAM_ABBREVIATION === s.team.abbreviation);
      expect(s.wins).toBe(rows.filter((r) => r.WL === 'W').length);
      expect(s.losses).toBe(rows.filter((r) => r.WL === 'L').length);
      const homeWins = rows.filter((r) => r.MATCHUP?.includes('vs.') && r.WL === 'W').length;
      const homeLosses = rows.filter((r) => r.MATCHUP?.includes('vs.') && r.WL === 'L').length;
      expect(s.home_record).toBe(`${homeWins}-${homeLosses}`);
      expect(s).toMatchObject({ season: teamSeason, conference_record: null, division_record: null });
      expect(s.division_rank).toBeGreaterThanOrEqual(1);
      expect(s.division_rank).toBeLessThanOrEqual(5);
    }
    expect(res.data.filter((s) => s.team.conference === 'East').map((s) => s.conference_rank)).toEqual(
      res.data.filter((s) => s.team.conference === 'East').map((_, i) => i + 1),
    );
  });

  it("answers a day's box scores with every player's line", async () => {
    const day = usDate(playerRows[0]?.Data ?? '');
    const res = await sdk.nba.getBoxScores(day);
    const rows = playerRows.filter((r) => usDate(r.Data ?? '') === day);
    expect(res.data.length).toBeGreaterThan(0);
    let players = 0;
    for (const box of res.data) {
      const parsed = bdlBoxScore.parse(box);
      for (const side of [parsed.home_team, parsed.visitor_team]) {
        for (const p of side.players) {
          players++;
          const row = rows.find((r) => r.Player === `${p.player.first_name} ${p.player.last_name}` && r.Tm === side.abbreviation);
          expect(p.pts).toBe(Number(row?.PTS));
        }
      }
    }
    expect(players).toBe(rows.length);
  });

  it('answers live box scores from the live tracker', async () => {
    const res = await sdk.nba.getLiveBoxScores();
    expect(res.data).toHaveLength(1);
    const box = bdlBoxScore.parse(res.data[0]);
    expect(box).toMatchObject({ id: live.gameId, status: '1st Qtr', period: 1, home_team_score: 3, visitor_team_score: 1 });
    expect(box.home_team.id).toBe(live.home.teamId);
    expect(box.home_team.players).toHaveLength(live.home.players.length);
    expect(box.home_team.players.find((p) => p.player.id === live.home.players[0])).toMatchObject({ pts: 3, fg3m: 1, min: null });
    expect(box.visitor_team.players.find((p) => p.player.id === live.visitor.players[1])).toMatchObject({ pts: 1, ftm: 1 });
  });

  it('ranks leaders as /api/v1 does', async () => {
    const res = await axiosSdk.nba.getLeaders({ stat_type: 'pts', season: 2024 });
    const v1 = await call(basketballRoutes['/api/v1/basketball/leaders'], {
      path: '/api/v1/basketball/leaders?season=2024&stat=pts&per_page=100',
    });
    const expected = ((await v1.json()) as { data: { player: { id: number }; value: number; rank: number }[] }).data;
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data.slice(0, expected.length).map((l) => [l.player.id, l.value, l.rank])).toEqual(
      expected.map((l) => [l.player.id, l.value, l.rank]),
    );
    expect(res.data[0]).toMatchObject({ stat_type: 'pts', season: 2024 });
    const oreb = await axiosSdk.nba.getLeaders({ stat_type: 'oreb', season: 2024 });
    const values = oreb.data.map((l) => l.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });
});

describe('keys, errors and what Statline does not serve', () => {
  it('takes the key with or without Bearer, refuses a bad one, and lets anonymous callers read', async () => {
    const bare = await raw('/nba/v1/teams?per_page=1', { authorization: apiKey });
    const bearer = await raw('/nba/v1/teams?per_page=1', { authorization: `Bearer ${apiKey}` });
    expect(bare.status).toBe(200);
    expect(bearer.json).toEqual(bare.json);
    expect(bare.json.meta).toEqual({ per_page: 1, next_cursor: bare.json.data[0].id });
    const anonymous = await raw('/nba/v1/teams?per_page=1');
    expect(anonymous.status).toBe(200);
    const bad = new BalldontlieAPI({ apiKey: 'sl_not-a-key', baseUrl: server.baseUrl });
    await expect(bad.nba.getTeams()).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/invalid/) });
    expect((await raw('/nba/v1/teams', { authorization: 'Basic abc def' })).status).toBe(401);
  });

  it("counts the key's requests in the key's own /api/v1 budget", async () => {
    // A fresh key: its window opens with the first request below, so the count cannot roll over mid-test.
    const key = (await createApiKey(app.database.db, admin.userId ?? '', 'budget', 'read')).key;
    const v1 = await call(basketballRoutes['/api/v1/basketball/teams'], {
      path: '/api/v1/basketball/teams?per_page=1',
      headers: { authorization: `Bearer ${key}` },
    });
    const limit = Number(v1.headers.get('ratelimit-limit'));
    expect(Number(v1.headers.get('ratelimit-remaining'))).toBe(limit - 1);
    await raw('/nba/v1/teams?per_page=1');
    const compatCall = await raw('/nba/v1/teams?per_page=1', { authorization: key });
    expect(Number(compatCall.headers.get('ratelimit-remaining'))).toBe(limit - 2);
  });

  it('never answers random parameters with a 5xx', async () => {
    const names = ['cursor', 'per_page', 'seasons[]', 'seasons', 'team_ids[0]', 'dates[]', 'postseason', 'search', 'season', 'x'];
    const paths = [
      'teams',
      'players',
      'players/active',
      'games',
      'stats',
      'season_averages',
      'standings',
      'box_scores',
      'leaders',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 12 })), { maxLength: 4 }),
        async (path, pairs) => {
          const res = await raw(`/nba/v1/${path}?${new URLSearchParams(pairs)}`, { authorization: apiKey });
          expect(res.status, `${path} ${JSON.stringify(pairs)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers bad parameters with a 400 that names them', async () => {
    for (const qs of ['per_page=500', 'seasons[]=abc', 'cursor=-1', 'page=2', 'dates[]=2024-13-01']) {
      const res = await raw(`/nba/v1/games?${qs}`, { authorization: apiKey });
      expect(res.status, qs).toBe(400);
      expect(typeof res.json.error).toBe('string');
      expect(res.json.code).toBe('validation_failed');
    }
    expect((await raw('/nba/v1/box_scores', { authorization: apiKey })).status).toBe(400);
    expect((await raw('/nba/v1/players?search=a%00b', { authorization: apiKey })).status).toBe(400);
    expect((await raw('/nba/v1/season_averages?season=2024', { authorization: apiKey })).json.details[0].path).toBe('player_id');
    expect((await raw('/nba/v1/teams/abc', { authorization: apiKey })).status).toBe(400);
    const missing = await sdk.nba.getTeam(999_999).catch((e: { status: number }) => e);
    expect(missing).toMatchObject({ status: 404 });
  });

  it('answers odds, injuries, advanced stats and other sports with a clear 404', async () => {
    const refusals = [
      () => sdk.nba.getOdds({ date: '2024-10-22' }),
      () => sdk.nba.getPlayerInjuries(),
      () => sdk.nba.getAdvancedStats({ seasons: [2024] }),
      () => sdk.nfl.getTeams(),
      () => sdk.mlb.getTeams(),
    ];
    for (const refuse of refusals) {
      await expect(refuse()).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/not supported by Statline/) });
    }
    // The axios client's interceptor throws a plain APIError (with statusCode) before its own typed mapping.
    await expect(axiosSdk.nba.getOdds({ date: '2024-10-22' })).rejects.toMatchObject({
      statusCode: 404,
      message: expect.stringMatching(/odds \(betting odds\) is not supported by Statline/),
    });
    const unknown = await raw('/nba/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/not supported by Statline/);
    expect((await raw('')).status).toBe(404);
  });
});
