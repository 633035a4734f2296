// Real data through the public API: 40 NBA games of 2018-19 (stats.nba.com play-by-play) are
// created as teams, players and games, every play is POSTed to the events endpoint, and each final
// box score must equal that game's team lines in the official team game log.
// Fields compared: PTS FGM FGA FG3M FG3A FTM FTA AST STL BLK (the acceptance list), plus REB, OREB,
// DREB, TOV and PF. The log's rebounds are player rebounds only, so REB/OREB/DREB are compared as the
// sum of the player lines; the team totals differ from the log by exactly the team rebounds.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { type Caller, call, makeCallers } from '../support/callers';
import { liveRoutes } from '../support/live-routes';
import { type LiveEventInput, parsePbp, playerKey, type Side, toEvents } from '../support/nba-pbp';
import { teamLinesFromLog } from '../support/nba-pbp-lines';

const fixtureDir = path.join(process.cwd(), 'test/fixtures/basketball/play-by-play-2018-19');
const logCsv = readFileSync(path.join(process.cwd(), 'lib/demo/data/basketball/log-2019.csv'), 'utf8');
const files = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.csv'))
  .sort();

let app: TestApp;
let admin: Caller;
beforeAll(async () => {
  app = await startTestApp();
  admin = (await makeCallers(app.database.db)).sessions.admin;
});
afterAll(async () => {
  await app?.close();
});

type Route = keyof typeof liveRoutes;
async function api(route: Route, body?: unknown, id?: number) {
  const [method, p] = route.split(' ') as [string, string];
  const res = await call(liveRoutes[route], {
    method,
    path: p.replace('{id}', String(id)),
    headers: admin.headers,
    body,
    params: id === undefined ? {} : { id: String(id) },
  });
  const json = (await res.json()) as { data: Record<string, unknown> & { id: number }; error?: { message: string } };
  if (res.status >= 300) throw new Error(`${route} → ${res.status}: ${json.error?.message}`);
  return json.data;
}

const today = new Date().toISOString().slice(0, 10);

type PlayerField = 'oreb' | 'dreb' | 'reb' | 'turnover' | 'pf';

/** What the play-by-play charges to a team and to none of its players (player_id null). */
function teamOnly(events: LiveEventInput[], teamId: number) {
  const mine = events.filter((e) => 'player_id' in e && e.player_id === null && e.team_id === teamId);
  const rebounds = mine.filter((e) => e.type === 'rebound');
  return {
    oreb: rebounds.filter((e) => e.offensive).length,
    dreb: rebounds.filter((e) => !e.offensive).length,
    turnovers: mine.filter((e) => e.type === 'turnover').length,
    // Technicals are not personal fouls under NBA rules, for the team or a player.
    fouls: mine.filter((e) => e.type === 'foul' && e.kind !== 'technical').length,
  };
}

async function replay(file: string) {
  const game = parsePbp(readFileSync(path.join(fixtureDir, file), 'utf8'));
  const log = teamLinesFromLog(logCsv, game.gameId);
  // First pass learns who played; the API then creates them; the second pass uses their ids.
  const names = toEvents(game, { team: (s) => (s === 'home' ? 1 : 2), player: () => 1 }).rosters;
  const teams = {} as Record<Side, number>;
  const players = new Map<string, number>();
  for (const side of ['home', 'visitor'] as const) {
    const abbr = log[side].team;
    teams[side] = (await api('POST /api/v1/basketball/teams', { name: `${abbr} ${game.gameId}`, abbreviation: abbr })).id;
    for (const name of names[side]) {
      const p = await api('POST /api/v1/basketball/players', { first_name: '-', last_name: name, team_id: teams[side] });
      players.set(playerKey(side, name), p.id);
    }
  }
  const { events } = toEvents(game, {
    team: (s) => teams[s],
    player: (s, name) => players.get(playerKey(s, name)) ?? 0,
  });
  const created = await api('POST /api/v1/basketball/games', {
    date: today,
    home_team_id: teams.home,
    visitor_team_id: teams.visitor,
    rule_set: 'nba',
  });
  for (const e of events) await api('POST /api/v1/basketball/games/{id}/events', { id: randomUUID(), ...e }, created.id);
  const box = (await api('GET /api/v1/basketball/games/{id}/boxscore', undefined, created.id)) as unknown as {
    state: { status: string };
    teams: { team_id: number; totals: Record<string, number>; players: Record<PlayerField, number>[] }[];
  };
  return { game, log, teams, box, events };
}

describe('replaying real NBA play-by-play through the events API', () => {
  it(`all ${files.length} games end with the official team lines`, async () => {
    expect(files.length).toBe(40);
    const mismatches: string[] = [];
    let total = 0;
    let teamRebounds = 0;
    // Four games at a time: separate streams never wait on each other's lock.
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const { game, log, teams, box, events } = await replay(file);
        total += events.length;
        if (box.state.status !== 'final') mismatches.push(`${game.gameId}: status ${box.state.status}`);
        for (const side of ['home', 'visitor'] as const) {
          const t = box.teams.find((x) => x.team_id === teams[side]);
          const want = log[side];
          const got = t?.totals ?? {};
          const sum = (field: PlayerField) => (t?.players ?? []).reduce((s, p) => s + p[field], 0);
          const team = teamOnly(events, teams[side]);
          teamRebounds += team.oreb + team.dreb;
          const pairs: [string, number | undefined, number][] = [
            ['pts', got.pts, want.PTS],
            ['fgm', got.fgm, want.FGM],
            ['fga', got.fga, want.FGA],
            ['fg3m', got.fg3m, want.FG3M],
            ['fg3a', got.fg3a, want.FG3A],
            ['ftm', got.ftm, want.FTM],
            ['fta', got.fta, want.FTA],
            ['ast', got.ast, want.AST],
            ['stl', got.stl, want.STL],
            ['blk', got.blk, want.BLK],
            ['turnover', got.turnover, want.TOV],
            ['pf', got.pf, want.PF],
            ['player reb', sum('oreb') + sum('dreb'), want.REB],
            ['Σ player reb', sum('reb'), want.REB],
            ['Σ player oreb', sum('oreb'), want.OREB],
            ['Σ player dreb', sum('dreb'), want.DREB],
            // Known differences, exact: the team line also holds what no player is charged with.
            // Team rebounds are not in the official line (a later issue decides how to show them).
            ['oreb (players + team rebounds)', got.oreb, want.OREB + team.oreb],
            ['dreb (players + team rebounds)', got.dreb, want.DREB + team.dreb],
            ['reb (players + team rebounds)', got.reb, want.REB + team.oreb + team.dreb],
            // Team turnovers (shot clock, eight seconds) and bench fouls are in the official TOV and PF.
            ['Σ player turnover', sum('turnover'), want.TOV - team.turnovers],
            ['Σ player pf', sum('pf'), want.PF - team.fouls],
          ];
          for (const [field, have, expected] of pairs) {
            if (have !== expected) mismatches.push(`${game.gameId} ${want.team} ${field}: ${have} ≠ ${expected}`);
          }
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(mismatches).toEqual([]);
    expect(total).toBeGreaterThan(15_000);
    // The known difference is not empty: as many team rebounds as the conversion's unit test pins.
    expect(teamRebounds).toBe(513);
  }, 900_000);
});
