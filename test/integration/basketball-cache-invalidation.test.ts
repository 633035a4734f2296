// A tag invalidation that fails after a basketball write (logged and dropped, see lib/cache/cached.ts)
// must not leave statistics stale for the ten minutes they are cached: every basketball read is keyed
// by the data version the write bumped in Postgres, so the next read after it loads afresh.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cachedLeaders,
  cachedLeagueAverages,
  cachedPlayerAverages,
  cachedStandings,
  cachedTeamAverages,
} from '../../lib/basketball/cached-stats';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import type { LiveEventBody } from '../../lib/basketball/live/events';
import { appendGameEvent, findGame } from '../../lib/basketball/scoring/append';
import { startTestApp, type TestApp } from '../support/app';
import { playerLogFile, readCsv, teamLog2019 } from '../support/basketball-csv';
import { failTagInvalidation } from '../support/cache-faults';
import { makeUser } from '../support/callers';
import { makeLiveGame } from '../support/live-game';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const csvOf = (rows: Record<string, string>[]) =>
  Readable.from([
    Buffer.from(`${Object.keys(rows[0] ?? {}).join(',')}\n${rows.map((r) => Object.values(r).join(',')).join('\n')}\n`),
  ]);

/** Imports rows of a source file as an upload would, expecting every row in. */
async function importRows(rows: Record<string, string>[]) {
  const summary = await importBasketball(app.database, { source: 'part.csv', input: csvOf(rows) });
  expect(summary).toMatchObject({ rows: rows.length, rejected: 0 });
}

describe('basketball reads when the cache invalidation fails', () => {
  it('standings and team averages show games imported after they were cached', async () => {
    const rows = readCsv(teamLog2019);
    const games = [...new Set(rows.map((r) => r.GAME_ID))];
    const ofGames = (ids: (string | undefined)[]) => rows.filter((r) => ids.includes(r.GAME_ID));
    await importRows(ofGames(games.slice(0, 20)));
    const played = async () =>
      (await cachedStandings(2018, await importLeagueId(app.database.db))).reduce((n, s) => n + s.wins, 0);
    const teamGames = async () =>
      (await cachedTeamAverages({ seasons: [2018] })).reduce((n, t) => n + t.averages.games_played, 0);
    expect(await played()).toBe(20);
    expect(await teamGames()).toBe(40);
    const broken = failTagInvalidation();
    try {
      expect(await played()).toBe(20); // served from the cache now
      expect(await teamGames()).toBe(40);
      await importRows(ofGames(games.slice(20, 45)));
      expect(broken.failed()).toBeGreaterThan(0);
      expect(await played()).toBe(45);
      expect(await teamGames()).toBe(90);
    } finally {
      broken.restore();
    }
  });

  it('season averages and leaders show a corrected box score', async () => {
    // Opening night only: one game per player, so a leader's per-game points are that game's points.
    const rows = readCsv(playerLogFile).filter((r) => r.Data === '10/22/2024');
    await importRows(rows);
    const top = [...rows].sort((a, b) => Number(b.PTS) - Number(a.PTS))[0];
    if (!top) throw new Error('no rows');
    const leader = async () =>
      (await cachedLeaders({ leagueId: await importLeagueId(app.database.db), season: 2024, stat: 'pts', minGames: 1, limit: 3 }))
        .leaders[0];
    const first = await leader();
    expect(first?.value).toBe(Number(top.PTS));
    const playerId = first?.player.id ?? 0;
    const totals = async () => (await cachedPlayerAverages({ seasons: [2024], playerIds: [playerId] }))[0]?.all.totals.pts;
    const league = async () => (await cachedLeagueAverages(2024, await importLeagueId(app.database.db)))?.averages.per_game.pts;
    const before = { totals: await totals(), league: await league() };
    const broken = failTagInvalidation();
    try {
      expect(await leader()).toEqual(first); // served from the cache now
      // The same game re-imported with 10 more points (5 more made twos): an upstream correction.
      const fix = { ...top, FG: `${Number(top.FG) + 5}`, FGA: `${Number(top.FGA) + 5}`, PTS: `${Number(top.PTS) + 10}` };
      await importRows([fix]);
      expect(broken.failed()).toBeGreaterThan(0);
      expect((await leader())?.value).toBe(Number(top.PTS) + 10);
      expect(await totals()).toBe((before.totals ?? 0) + 10);
      expect(await league()).not.toBe(before.league);
    } finally {
      broken.restore();
    }
  });

  it("a live game's final shows in the season averages", async () => {
    const coach = await makeUser(app.database.db, 'coach');
    const g = await makeLiveGame(app.database.db, { homeCoachId: coach.id, visitorCoachId: coach.id });
    const game = await findGame(app.database.db, g.gameId);
    if (!game) throw new Error('no game');
    const post = (type: string, data: Record<string, unknown> = {}) =>
      appendGameEvent(app.database.db, game, { id: randomUUID(), type, ...data } as LiveEventBody, { userId: coach.id });
    for (const team of [g.home, g.visitor])
      await post('starters', { team_id: team.teamId, player_ids: team.players.slice(0, 5) });
    const shooter = g.home.players[0] as number;
    await post('period_start', { period: 1 });
    await post('field_goal', { team_id: g.home.teamId, player_id: shooter, points: 2, made: true });
    await post('period_end', { period: 1 });
    for (const p of [2, 3, 4]) {
      await post('period_start', { period: p });
      await post('period_end', { period: p });
    }
    const now = new Date();
    const season = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const lines = async () => cachedPlayerAverages({ seasons: [season], playerIds: [shooter] });
    expect(await lines()).toEqual([]);
    const broken = failTagInvalidation();
    try {
      expect(await lines()).toEqual([]); // served from the cache now
      await post('game_end');
      expect(broken.failed()).toBeGreaterThan(0);
      expect((await lines())[0]?.all).toMatchObject({ games_played: 1, totals: { pts: 2 } });
    } finally {
      broken.restore();
    }
  });
});
