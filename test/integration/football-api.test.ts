// The football read API on the demo's real data (Big Data Bowl 2017 weeks 1-4, nflscrapR 2018
// postseason): every play filter checked against the same question asked of every play in the test,
// drives and plays of a game, the 400s that name a filter, and fuzzed filters that never give a 5xx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FbPlay, fbGames, fbPlays } from '../../drizzle/schema';
import { importBigDataBowl, importNflscrapr } from '../../lib/football/import/run';
import { startTestApp, type TestApp } from '../support/app';
import { call } from '../support/callers';
import { footballRoutes } from '../support/football-routes';

const dir = path.join('lib', 'demo', 'data', 'football');
const text = (...p: string[]) => {
  const bytes = readFileSync(path.join(dir, ...p));
  return (p.at(-1)?.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
};

let app: TestApp;
let plays: FbPlay[];
let weekOf: Map<number, number>;
let typeOf: Map<number, string>;
type Route = keyof typeof footballRoutes;
const get = (route: Route, qs = '', params: Record<string, string> = {}) =>
  call(footballRoutes[route], { path: `${route.slice(4)}?${qs}`, params });

beforeAll(async () => {
  app = await startTestApp();
  await importBigDataBowl(app.database.db, {
    games: text('big-data-bowl-2017', 'games.csv'),
    plays: text('big-data-bowl-2017', 'plays-weeks-1-4.csv.gz'),
  });
  await importNflscrapr(app.database.db, {
    games: text('nflscrapR', 'post_games_2018.csv'),
    plays: text('nflscrapR', 'post_pbp_2018.csv.gz'),
  });
  plays = await app.database.db.select().from(fbPlays);
  const games = await app.database.db.select().from(fbGames);
  weekOf = new Map(games.map((g) => [g.id, g.week]));
  typeOf = new Map(games.map((g) => [g.id, g.seasonType]));
}, 120_000);
afterAll(async () => app?.close());

/** Every page of a plays query, as "game:play" keys. */
async function allPlays(qs: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await get('GET /api/v1/football/plays', `${qs}&per_page=100${cursor ? `&cursor=${cursor}` : ''}`);
    const body = (await res.json()) as { data: { game_id: number; play_id: number }[]; meta: { next_cursor: string | null } };
    expect(res.status, JSON.stringify(body)).toBe(200);
    keys.push(...body.data.map((p) => `${p.game_id}:${p.play_id}`));
    cursor = body.meta.next_cursor;
  } while (cursor);
  return keys;
}
const keysWhere = (keep: (p: FbPlay) => boolean) =>
  plays
    .filter(keep)
    .sort((a, b) => a.season - b.season || a.gameId - b.gameId || a.playId - b.playId)
    .map((p) => `${p.gameId}:${p.playId}`);

describe('plays: each filter against the same question asked of every play', () => {
  const inRange = (v: number | null, lo?: number, hi?: number) =>
    v !== null && (lo === undefined || v >= lo) && (hi === undefined || v <= hi);
  const team = () => plays.find((p) => p.formation === 'SHOTGUN')?.offenseTeamId as number;
  const game = () => plays[0]?.gameId as number;
  const cases: [string, () => string, (p: FbPlay) => boolean][] = [
    ['team_ids', () => `team_ids[]=${team()}`, (p) => p.offenseTeamId === team()],
    ['defense_team_ids', () => `defense_team_ids[]=${team()}`, (p) => p.defenseTeamId === team()],
    ['seasons', () => 'seasons[]=2018', (p) => p.season === 2018],
    ['weeks', () => 'weeks[]=2&weeks[]=3', (p) => [2, 3].includes(weekOf.get(p.gameId) ?? -1)],
    ['game_ids', () => `game_ids[]=${game()}`, (p) => p.gameId === game()],
    ['season_type', () => 'season_type=post', (p) => typeOf.get(p.gameId) === 'post'],
    ['quarters', () => 'quarters[]=4&quarters[]=5', (p) => p.quarter === 4 || p.quarter === 5],
    ['downs', () => 'downs[]=3', (p) => p.down === 3],
    ['distance', () => 'distance_min=5&distance_max=10', (p) => inRange(p.distance, 5, 10)],
    ['yardline', () => 'yardline_min=1&yardline_max=20', (p) => inRange(p.yardline100, 1, 20)],
    ['score_diff', () => 'score_diff_min=-8&score_diff_max=-1', (p) => inRange(p.scoreDiff, -8, -1)],
    ['seconds_remaining', () => 'seconds_remaining_max=120', (p) => inRange(p.gameSeconds, undefined, 120)],
    ['formations', () => 'formations[]=shotgun&formations[]=EMPTY', (p) => p.formation === 'SHOTGUN' || p.formation === 'EMPTY'],
    ['personnel', () => 'personnel[]=12', (p) => p.personnelCode === '12'],
    ['defenders_in_box', () => 'defenders_in_box_min=8', (p) => inRange(p.defendersInBox, 8)],
    ['pass_rushers', () => 'pass_rushers_min=5&pass_rushers_max=6', (p) => inRange(p.passRushers, 5, 6)],
    [
      'play_types',
      () => 'play_types[]=punt&play_types[]=field_goal',
      (p) => p.playType === 'punt' || p.playType === 'field_goal',
    ],
    ['pass_results', () => 'pass_results[]=sack', (p) => p.passResult === 'sack'],
    ['yards', () => 'yards_min=20', (p) => inRange(p.yardsGained, 20)],
    [
      'a situation: 3rd and 5-10 on the opponent side, shotgun 11',
      () => 'downs[]=3&distance_min=5&distance_max=10&yardline_max=50&formations[]=SHOTGUN&personnel[]=11',
      (p) =>
        p.down === 3 &&
        inRange(p.distance, 5, 10) &&
        inRange(p.yardline100, undefined, 50) &&
        p.formation === 'SHOTGUN' &&
        p.personnelCode === '11',
    ],
  ];
  for (const [name, qs, keep] of cases) {
    it(name, async () => {
      const expected = keysWhere(keep);
      expect(expected.length, `${name} matches some plays and not all`).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(plays.length);
      expect(await allPlays(qs())).toEqual(expected);
    });
  }
});

describe('plays: bad filters', () => {
  it('names an unknown filter and a range whose ends cross, never a 500', async () => {
    const unknown = await get('GET /api/v1/football/plays', 'down=3');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('down');
    const crossed = await get('GET /api/v1/football/plays', 'distance_min=10&distance_max=5');
    expect(crossed.status).toBe(400);
    const body = (await crossed.json()) as { error: { details: { path: string; message: string }[] } };
    expect(body.error.details).toEqual([
      expect.objectContaining({ path: 'distance_min', message: 'must not be above distance_max (5)' }),
    ]);
    const personnel = await get('GET /api/v1/football/plays', 'personnel[]=eleven');
    expect(personnel.status).toBe(400);
  });

  it('never answers a fuzzed filter query with a 5xx', async () => {
    const keys = [
      'downs[]',
      'distance_min',
      'yardline_max',
      'team_ids[]',
      'formations[]',
      'personnel[]',
      'play_types[]',
      'weeks[]',
      'cursor',
      'per_page',
      'season_type',
      'x',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.integer({ min: -200, max: 5000 }).map(String))), {
          maxLength: 6,
        }),
        async (pairs) => {
          const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          const res = await get('GET /api/v1/football/plays', qs);
          expect(res.status, qs).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('plays/summary', () => {
  type Summary = {
    group: Record<string, string | number | null>;
    plays: number;
    low_sample: boolean;
    yards_per_play: { value: number | null; n: number };
    success_rate: { value: number | null; n: number };
    epa_per_play: { value: number | null; n: number };
    sack_rate: { value: number | null; n: number };
  };
  const summary = async (qs: string) => {
    const res = await get('GET /api/v1/football/plays/summary', qs);
    const body = (await res.json()) as { data: Summary[] };
    expect(res.status, JSON.stringify(body)).toBe(200);
    return body.data;
  };
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  it("gives each team's plays, yards, success, EPA and sack rate with the plays each rests on", async () => {
    const rows = await summary('seasons[]=2018&group_by[]=team');
    const scrimmage = plays.filter((p) => p.season === 2018 && (p.playType === 'pass' || p.playType === 'run'));
    expect(rows).toHaveLength(new Set(scrimmage.map((p) => p.offenseTeamId)).size);
    for (const r of rows) {
      const mine = scrimmage.filter((p) => p.offenseTeamId === r.group.team_id);
      const all = plays.filter((p) => p.season === 2018 && p.offenseTeamId === r.group.team_id);
      expect(r.plays).toBe(all.length);
      expect(r.yards_per_play.n).toBe(mine.length);
      expect(r.yards_per_play.value).toBeCloseTo(mean(mine.map((p) => p.yardsGained)), 3);
      const withEpa = mine.filter((p) => p.sourceEpa !== null);
      expect(r.epa_per_play).toEqual({
        value: expect.closeTo(mean(withEpa.map((p) => p.sourceEpa as number)), 3),
        n: withEpa.length,
      });
      const judged = all.filter((p) => p.success !== null);
      expect(r.success_rate.value).toBeCloseTo(mean(judged.map((p) => (p.success ? 1 : 0))), 3);
      const dropbacks = mine.filter((p) => p.playType === 'pass');
      expect(r.sack_rate).toEqual({
        value: expect.closeTo(mean(dropbacks.map((p) => (p.passResult === 'sack' ? 1 : 0))), 3),
        n: dropbacks.length,
      });
      expect(r.low_sample).toBe(mine.length < 20);
      expect(typeof r.group.team).toBe('string');
    }
  });

  it('groups by down and distance bucket, and flags the groups that rest on few plays', async () => {
    const rows = await summary('seasons[]=2017&downs[]=3&group_by[]=down&group_by[]=distance');
    const third = plays.filter((p) => p.season === 2017 && p.down === 3);
    const bucket = (d: number | null) =>
      d === null || d <= 0 ? null : d <= 3 ? '1-3' : d <= 6 ? '4-6' : d <= 10 ? '7-10' : '11+';
    for (const r of rows) {
      expect(r.group.down).toBe(3);
      expect(r.plays).toBe(third.filter((p) => bucket(p.distance) === r.group.distance).length);
    }
    expect(rows.reduce((s, r) => s + r.plays, 0)).toBe(third.length);
    const few = await summary(`game_ids[]=${plays[0]?.gameId}&group_by[]=formation&group_by[]=personnel`);
    expect(few.some((r) => r.low_sample)).toBe(true);
  });

  it('refuses a fourth grouping and an unknown one, naming group_by', async () => {
    for (const qs of ['group_by[]=team&group_by[]=down&group_by[]=quarter&group_by[]=season', 'group_by[]=colour']) {
      const res = await get('GET /api/v1/football/plays/summary', qs);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain('group_by');
    }
  });

  it('is answered again from the cache, and an import that changes a game is seen at once', async () => {
    const [row] = await app.database.db.select().from(fbGames).where(eq(fbGames.sourceId, '2017091004'));
    const qs = `game_ids[]=${row?.id}&play_types[]=pass`;
    const before = await summary(qs);
    expect(await summary(qs)).toEqual(before);
    // The same file, with the first completed pass of that game 50 yards longer.
    const original = text('big-data-bowl-2017', 'plays-weeks-1-4.csv.gz');
    const rows = parse(original, { columns: true }) as Record<string, string>[];
    const pass = rows.find((r) => r.gameId === '2017091004' && r.PassResult === 'C') as Record<string, string>;
    pass.PlayResult = String(Number(pass.PlayResult) + 50);
    const changed = stringify(rows, { header: true });
    expect(changed).not.toBe(original);
    const again = await importBigDataBowl(app.database.db, { games: text('big-data-bowl-2017', 'games.csv'), plays: changed });
    expect(again.games.updated).toBe(1);
    const after = await summary(qs);
    expect((after[0]?.yards_per_play.value ?? 0) - (before[0]?.yards_per_play.value ?? 0)).toBeCloseTo(
      50 / (before[0]?.yards_per_play.n ?? 1),
      3,
    );
  });
});

describe('teams/{id}/tendencies', () => {
  it("splits a team's passes and runs and counts its 3rd-down and red-zone conversions as its plays do", async () => {
    const team = plays.find((p) => p.formation === 'SHOTGUN')?.offenseTeamId as number;
    const res = await get('GET /api/v1/football/teams/{id}/tendencies', 'seasons[]=2017', { id: String(team) });
    const body = (await res.json()) as {
      data: {
        splits: Record<string, { group: Record<string, unknown>; plays: number }[]>;
        third_down: { attempts: number; conversions: number };
        red_zone: { attempts: number; conversions: number };
      };
    };
    expect(res.status, JSON.stringify(body)).toBe(200);
    const mine = plays.filter(
      (p) => p.season === 2017 && p.offenseTeamId === team && (p.playType === 'pass' || p.playType === 'run'),
    );
    for (const split of ['down', 'distance', 'field_zone', 'formation', 'personnel'])
      expect(
        body.data.splits[split]?.reduce((s, r) => s + r.plays, 0),
        split,
      ).toBe(mine.length);
    const third = mine.filter((p) => p.down === 3);
    expect(body.data.third_down).toMatchObject({
      attempts: third.length,
      conversions: third.filter((p) => p.firstDown || p.touchdown).length,
    });
    const red = mine.filter((p) => p.yardline100 !== null && p.yardline100 <= 20);
    expect(body.data.red_zone).toMatchObject({
      attempts: red.length,
      conversions: red.filter((p) => p.touchdown && !p.turnover).length,
    });
    expect((await get('GET /api/v1/football/teams/{id}/tendencies', '', { id: '999999' })).status).toBe(404);
    expect((await get('GET /api/v1/football/teams/{id}/tendencies', 'seasons[]=soon', { id: String(team) })).status).toBe(400);
  });
});

describe('games', () => {
  it('lists games by season and week with the field names of basketball', async () => {
    const res = await get('GET /api/v1/football/games', 'seasons[]=2017&weeks[]=1&per_page=100');
    const body = (await res.json()) as {
      data: { week: number; home_team: { abbreviation: string }; home_team_score: number; postseason: boolean }[];
    };
    expect(res.status).toBe(200);
    // Fifteen: Miami at Tampa Bay was moved to week 11 (Hurricane Irma).
    expect(body.data).toHaveLength(15);
    expect(body.data.every((g) => g.week === 1 && g.postseason === false)).toBe(true);
    const post = (await (await get('GET /api/v1/football/games', 'season_type=post&per_page=100')).json()) as { data: unknown[] };
    expect(post.data).toHaveLength(11);
  });

  it('gives one game with its plays and its drives', async () => {
    const [row] = await app.database.db.select().from(fbGames).where(eq(fbGames.sourceId, '2017091004'));
    const res = await get('GET /api/v1/football/games/{id}', '', { id: String(row?.id) });
    const game = (await res.json()).data as {
      home_team: { id: number; abbreviation: string };
      home_team_score: number;
      visitor_team_score: number;
      plays: { play_id: number }[];
      drives: { team_id: number; points: number; result: string }[];
    };
    expect(res.status).toBe(200);
    expect([game.home_team.abbreviation, game.home_team_score, game.visitor_team_score]).toEqual(['DET', 35, 23]);
    expect(game.plays.length).toBe(plays.filter((p) => p.gameId === row?.id).length);
    expect(game.drives.length).toBeGreaterThan(15);
    const touchdowns = game.drives.filter((d) => d.result === 'touchdown').length;
    expect(touchdowns).toBeGreaterThan(3);
    expect((await get('GET /api/v1/football/games/{id}', '', { id: '999999' })).status).toBe(404);
  });

  it('lists the teams of the league', async () => {
    const body = (await (await get('GET /api/v1/football/teams')).json()) as { data: { abbreviation: string }[] };
    expect(body.data.map((t) => t.abbreviation)).toContain('NE');
    expect(body.data).toHaveLength(32);
  });
});
