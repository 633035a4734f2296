import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbGames } from '../../drizzle/schema';
import { basketballContracts } from '../../lib/api/contracts/basketball';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, teamLog2019 } from '../support/basketball-csv';
import { basketballRoutes } from '../support/basketball-routes';
import { call } from '../support/callers';

let app: TestApp;
type Route = keyof typeof basketballRoutes;
const get = (route: Route, qs = '', params: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  call(basketballRoutes[route], { path: `${route}?${qs}`, params, headers });
const json = async (res: Response) =>
  (await res.json()) as {
    data: unknown;
    meta?: { next_cursor: string | null };
    error?: { code: string; details?: { path: string }[] };
  };

beforeAll(async () => {
  app = await startTestApp();
  await importBasketball(app.database, { source: 'log-2019.csv', input: createReadStream(teamLog2019) });
  // The first 3000 player rows are enough for averages and leaders here.
  const head = readFileSync(playerLogFile, 'utf8').split('\n').slice(0, 3001).join('\n');
  await importBasketball(app.database, { source: 'players.csv', input: Readable.from([Buffer.from(head)]) });
}, 120_000);
afterAll(async () => {
  await app?.close();
});

describe('basketball API', () => {
  it('lists games with filters, in date order, with balldontlie field names', async () => {
    const res = await get('/api/v1/basketball/games', 'seasons[]=2018&dates[]=2018-10-16&per_page=100');
    expect(res.status).toBe(200);
    const body = await json(res);
    const games = body.data as {
      date: string;
      home_team: { abbreviation: string };
      visitor_team: { abbreviation: string };
      home_team_score: number;
    }[];
    expect(games.map((g) => `${g.visitor_team.abbreviation}@${g.home_team.abbreviation}`).sort()).toEqual(['OKC@GSW', 'PHI@BOS']);
    expect(games.find((g) => g.home_team.abbreviation === 'GSW')?.home_team_score).toBe(108);
    expect(body.meta?.next_cursor).toBeNull();
  });

  it('never skips or repeats a row while rows are inserted during pagination', async () => {
    const expected = (await app.database.db.select({ id: bbGames.id }).from(bbGames)).map((g) => g.id).sort((a, b) => a - b);
    const seen: number[] = [];
    let cursor: string | null = null;
    let inserted = 0;
    const teams = (await json(await get('/api/v1/basketball/teams', 'per_page=2'))).data as { id: number }[];
    do {
      const res = await get('/api/v1/basketball/games', `per_page=97${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = await json(res);
      seen.push(...(body.data as { id: number }[]).map((g) => g.id));
      cursor = body.meta?.next_cursor ?? null;
      // Someone adds games meanwhile, before and after the reader's position.
      const date = inserted % 2 === 0 ? '2000-01-01' : '2099-01-01';
      await app.database.db.insert(bbGames).values({
        sourceId: `test-${inserted}`,
        leagueId: await importLeagueId(app.database.db),
        season: 2018,
        date,
        homeTeamId: teams[0]?.id ?? 0,
        awayTeamId: teams[1]?.id ?? 0,
        status: 'final',
      });
      inserted++;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(expected.every((id) => seen.includes(id))).toBe(true);
  });

  it('answers unknown filters and bad values with 400 and per-field details', async () => {
    for (const [route, qs, field] of [
      ['/api/v1/basketball/games', 'team=5', ''],
      ['/api/v1/basketball/games', 'seasons[]=abc', 'seasons.0'],
      ['/api/v1/basketball/games', 'per_page=1000', 'per_page'],
      ['/api/v1/basketball/games', 'cursor=garbage', 'cursor'],
      ['/api/v1/basketball/season-averages', 'seasons[]=2018', 'player_ids'],
      ['/api/v1/basketball/leaders', 'season=2024&stat=dunks', 'stat'],
    ] as const) {
      const res = await get(route, qs);
      expect(res.status, `${route}?${qs}`).toBe(400);
      const body = await json(res);
      expect(body.error?.code).toBe('validation_failed');
      if (field) expect(body.error?.details?.map((d) => d.path)).toContain(field);
    }
    expect((await get('/api/v1/basketball/games/{id}', '', { id: '999999' })).status).toBe(404);
    expect((await get('/api/v1/basketball/games/{id}', '', { id: 'abc' })).status).toBe(400);
  });

  it('sends an ETag and answers If-None-Match with 304', async () => {
    const first = await get('/api/v1/basketball/standings', 'season=2018');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await get('/api/v1/basketball/standings', 'season=2018', {}, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('gives standings, season averages (base and advanced), team averages, league averages and leaders', async () => {
    const standings = (await json(await get('/api/v1/basketball/standings', 'season=2018'))).data as {
      team: { abbreviation: string };
      wins: number;
    }[];
    expect(standings).toHaveLength(30);
    expect(standings[0]).toMatchObject({ team: { abbreviation: 'MIL' }, wins: 60 });

    const leaders = (await json(await get('/api/v1/basketball/leaders', 'season=2024&stat=pts&min_games=5&per_page=5'))).data as {
      value: number;
      games_played: number;
      player: { id: number };
    }[];
    expect(leaders).toHaveLength(5);
    expect(leaders.map((l) => l.value)).toEqual([...leaders.map((l) => l.value)].sort((a, b) => b - a));
    expect(leaders.every((l) => l.games_played >= 5)).toBe(true);

    // Without min_games the league's rule qualifies: percentages need made shots scaled to the
    // team's games (300 FG per 82), so a 1-for-1 shooter who leads with min_games=1 is not a leader.
    type Leader = { value: number; games_played: number; player: { id: number }; teams: string[] };
    const anyone = (await json(await get('/api/v1/basketball/leaders', 'season=2024&stat=fg_pct&min_games=1&per_page=3')))
      .data as Leader[];
    expect(anyone[0]?.value).toBe(1);
    const qualified = await json(await get('/api/v1/basketball/leaders', 'season=2024&stat=fg_pct&per_page=10'));
    expect((qualified.meta as unknown as { qualifier: { rule: string } }).qualifier.rule).toBe('made_shots');
    const fgLeaders = qualified.data as Leader[];
    expect(fgLeaders.length).toBeGreaterThan(0);
    expect(fgLeaders.map((l) => l.player.id)).not.toContain(anyone[0]?.player.id);
    const teamGames = async (abbr: string) => {
      const all = (await json(await get('/api/v1/basketball/teams', 'per_page=100'))).data as {
        id: number;
        abbreviation: string;
      }[];
      const id = all.find((t) => t.abbreviation === abbr)?.id;
      const games = (await json(await get('/api/v1/basketball/games', `seasons[]=2024&team_ids[]=${id}&per_page=100`))).data as {
        status: string;
      }[];
      return games.filter((g) => g.status === 'final').length;
    };
    for (const l of fgLeaders) {
      const avg = (
        await json(await get('/api/v1/basketball/season-averages', `seasons[]=2024&player_ids[]=${l.player.id}&type=advanced`))
      ).data as { totals: { fgm: number } }[];
      const played = Math.max(...(await Promise.all(l.teams.map(teamGames))));
      expect(avg[0]?.totals.fgm).toBeGreaterThanOrEqual(Math.ceil((300 * played) / 82));
    }
    const perGame = await json(await get('/api/v1/basketball/leaders', 'season=2024&stat=pts&per_page=5'));
    expect((perGame.meta as unknown as { qualifier: { rule: string; share: number } }).qualifier).toMatchObject({
      rule: 'share_of_team_games',
      share: 0.7,
    });
    for (const l of perGame.data as Leader[]) {
      const played = Math.max(...(await Promise.all(l.teams.map(teamGames))));
      expect(l.games_played).toBeGreaterThanOrEqual(Math.ceil(0.7 * played));
    }
    // A season of team box scores only: no leaders, and the response says why.
    const teamOnly = await json(await get('/api/v1/basketball/leaders', 'season=2018'));
    expect(teamOnly.data).toEqual([]);
    expect((teamOnly.meta as unknown as { player_stats: boolean }).player_stats).toBe(false);

    const top = leaders[0]?.player.id;
    const base = (await json(await get('/api/v1/basketball/season-averages', `seasons[]=2024&player_ids[]=${top}`)))
      .data as Record<string, unknown>[];
    expect(base[0]).toMatchObject({ player_id: top, season: 2024, pts: leaders[0]?.value });
    expect(base[0]).not.toHaveProperty('ts_pct');
    const advanced = (
      await json(await get('/api/v1/basketball/season-averages', `seasons[]=2024&player_ids[]=${top}&type=advanced`))
    ).data as Record<string, unknown>[];
    expect(advanced[0]?.ts_pct).toEqual(expect.any(Number));

    const teams = (await json(await get('/api/v1/basketball/teams', 'per_page=100'))).data as {
      id: number;
      abbreviation: string;
    }[];
    const mil = teams.find((t) => t.abbreviation === 'MIL');
    const teamAvg = (await json(await get('/api/v1/basketball/season-averages', `seasons[]=2018&team_ids[]=${mil?.id}`)))
      .data as { games_played: number; pts: number }[];
    expect(teamAvg[0]?.games_played).toBe(82);
    expect(teamAvg[0]?.pts).toBe(118.1);

    const league = (await json(await get('/api/v1/basketball/league-averages', 'season=2018'))).data as {
      source: string;
      pts: number;
    };
    expect(league.source).toBe('team_lines');
    expect(league.pts).toBe(111.2);
  });

  it('finds players by name and gives a box score', async () => {
    const players = (await json(await get('/api/v1/basketball/players', 'search=tatum'))).data as {
      id: number;
      name: string;
      teams: { team: { abbreviation: string } }[];
    }[];
    expect(players.map((p) => p.name)).toContain('Jayson Tatum');
    expect(players[0]?.teams[0]?.team.abbreviation).toBe('BOS');
    const stats = (await json(await get('/api/v1/basketball/stats', `player_ids[]=${players[0]?.id}&per_page=1`))).data as {
      game: { id: number };
      pts: number;
    }[];
    const box = (await json(await get('/api/v1/basketball/games/{id}', '', { id: String(stats[0]?.game.id) }))).data as {
      player_stats: { player: { name: string }; pts: number }[];
    };
    expect(box.player_stats.find((p) => p.player.name === 'Jayson Tatum')?.pts).toBe(stats[0]?.pts);
  });

  it('never answers 5xx to random queries on any read endpoint', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 20 });
    const key = fc.oneof(
      fc.constantFrom(
        'cursor',
        'per_page',
        'seasons[]',
        'team_ids[]',
        'dates[]',
        'season',
        'stat',
        'type',
        'start_date',
        'postseason',
        'search',
        'player_ids[]',
      ),
      text,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...basketballContracts.map((c) => c.path as Route)),
        fc.array(fc.tuple(key, text), { maxLength: 4 }),
        text,
        async (route, pairs, id) => {
          const res = await get(route, new URLSearchParams(pairs).toString(), { id });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
