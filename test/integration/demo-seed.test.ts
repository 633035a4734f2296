import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { count, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bbGames, bbTeams, fbGames, fbPlays, modelVersions } from '../../drizzle/schema';
import { importLeagueId } from '../../lib/basketball/import/write';
import { getLatestResults, getLatestSeason } from '../../lib/basketball/latest';
import { loadLiveGame } from '../../lib/basketball/scoring/read';
import { getStandings } from '../../lib/basketball/standings';
import { rowsOf } from '../../lib/db/client';
import { runSeeds } from '../../lib/demo';
import { dataDir } from '../../lib/demo/basketball';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await runSeeds(database);
});
afterAll(async () => {
  await database?.close();
});

// W-L straight from the CSV rows, independent of the pairing and SQL code under test.
function csvRecords(file: string): Map<string, { w: number; l: number }> {
  const rows = parse(readFileSync(`${dataDir}/${file}`), { columns: true }) as { TEAM_ABBREVIATION: string; WL: string }[];
  const out = new Map<string, { w: number; l: number }>();
  for (const r of rows) {
    const rec = out.get(r.TEAM_ABBREVIATION) ?? { w: 0, l: 0 };
    if (r.WL === 'W') rec.w++;
    else rec.l++;
    out.set(r.TEAM_ABBREVIATION, rec);
  }
  return out;
}

async function counts() {
  const [teams] = await database.db.select({ n: count() }).from(bbTeams).where(isNotNull(bbTeams.sourceId));
  const [games] = await database.db.select({ n: count() }).from(bbGames);
  const models = await database.db
    .select({
      name: modelVersions.name,
      version: modelVersions.version,
      loaded: modelVersions.loaded,
      default: modelVersions.isDefault,
    })
    .from(modelVersions)
    .orderBy(modelVersions.name);
  const [fbGameCount] = await database.db.select({ n: count() }).from(fbGames);
  const [fbPlayCount] = await database.db.select({ n: count() }).from(fbPlays);
  return { teams: teams?.n, games: games?.n, models, football: { games: fbGameCount?.n, plays: fbPlayCount?.n } };
}

describe('basketball demo data', () => {
  it('loads fifteen seasons of team logs and the 2024-25 player logs for 30 teams', async () => {
    const c = await counts();
    expect(c.teams).toBe(30);
    // 2004-05 .. 2018-19: fourteen full seasons, the lockout's 990 games, less the one never played.
    const [regular] = rowsOf<{ n: number; seasons: number }>(
      await database.db.execute(
        sql`select count(*)::int as n, count(distinct season)::int as seasons from bb_games where source_id like '002%'`,
      ),
    );
    expect(regular).toEqual({ n: 14 * 1230 + 990 - 1, seasons: 15 });
    expect(c.games).toBeGreaterThan(14 * 1230 + 990);
    // Trained default models, so predictions answer on a fresh start.
    expect(c.models).toEqual([
      { name: 'nba-game-elo', version: 1, loaded: true, default: false },
      { name: 'nba-game-logistic', version: 1, loaded: true, default: true },
      // Ridge player models for points, rebounds and assists, each its stat's default.
      { name: 'nba-player-ast-ridge', version: 1, loaded: true, default: true },
      { name: 'nba-player-pts-ridge', version: 1, loaded: true, default: true },
      { name: 'nba-player-reb-ridge', version: 1, loaded: true, default: true },
    ]);
    expect(await getLatestSeason(database.db, await importLeagueId(database.db))).toBe(2024);
  });

  it('holds the Big Data Bowl 2017 (91 games, plays of weeks 1-4) and the 2018 postseason (11 games)', async () => {
    const c = await counts();
    expect(c.football.games).toBe(91 + 11);
    const bySource = await database.db
      .select({ seasonType: fbGames.seasonType, n: count() })
      .from(fbGames)
      .groupBy(fbGames.seasonType)
      .orderBy(fbGames.seasonType);
    expect(bySource).toEqual([
      { seasonType: 'reg', n: 91 },
      { seasonType: 'post', n: 11 },
    ]);
    expect(c.football.plays).toBeGreaterThan(9735);
  });

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await counts();
    await runSeeds(database);
    expect(await counts()).toEqual(before);
  });

  it('computes 2018-19 records equal to the W/L column of the source for all 30 teams', async () => {
    const expected = csvRecords('log-2019.csv');
    const records = await getStandings(database.db, 2018, await importLeagueId(database.db));
    expect(records).toHaveLength(30);
    for (const r of records)
      expect({ team: r.abbreviation, w: r.wins, l: r.losses }).toEqual({
        team: r.abbreviation,
        ...expected.get(r.abbreviation),
      });
    expect(records[0]?.abbreviation).toBe('MIL');
  });

  it('lists the games of the last game day with winners, no invented venue, and scores summed from the players', async () => {
    const latest = await getLatestResults(database.db, await importLeagueId(database.db), 20);
    expect(latest.length).toBeGreaterThan(0);
    expect(new Set(latest.map((g) => g.date))).toEqual(new Set(['2024-12-31']));
    for (const g of latest) {
      expect(g.venueKnown).toBe(false);
      expect([g.home.id, g.away.id]).toContain(g.winnerTeamId);
      // The source prints no score: each side's is its players' points, and the winner's is higher.
      const sums = rowsOf<{ team_id: number; pts: number }>(
        await database.db.execute(
          sql`select team_id, sum(pts)::int as pts from bb_player_lines where game_id = ${g.id} group by team_id`,
        ),
      );
      const pts = (teamId: number) => Number(sums.find((s) => Number(s.team_id) === teamId)?.pts);
      const loserId = g.winnerTeamId === g.home.id ? g.away.id : g.home.id;
      if (pts(g.winnerTeamId ?? 0) > pts(loserId)) {
        expect([g.homeScore, g.awayScore]).toEqual([pts(g.home.id), pts(g.away.id)]);
      } else {
        // A file missing a player-game: a sum that contradicts the stated winner is not a score.
        expect([g.homeScore, g.awayScore]).toEqual([null, null]);
      }
    }
  });
});

describe('live demo game', () => {
  it('is a first half in progress whose score is the sum of its plays, coached by the demo coach', async () => {
    const [game] = await database.db.select().from(bbGames).where(eq(bbGames.status, 'live'));
    expect(game).toBeDefined();
    const live = await loadLiveGame(database.db, game?.id ?? 0, { id: '', role: 'admin' });
    expect(live?.state).toMatchObject({ status: 'live', period: 3 });
    const events = rowsOf<{ type: string; data: { made?: boolean; points?: number } }>(
      await database.db.execute(sql`select type, data from events where stream = ${`basketball-game:${game?.id}`}`),
    );
    const points = events.reduce(
      (s, e) =>
        s + (e.type === 'field_goal' && e.data.made ? (e.data.points ?? 0) : e.type === 'free_throw' && e.data.made ? 1 : 0),
      0,
    );
    expect((live?.state.score.home ?? 0) + (live?.state.score.visitor ?? 0)).toBe(points);
    expect(points).toBeGreaterThan(40);
    const [staff] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from role_grants s join users u on u.id = s.user_id where u.email = 'coach@statline.test' and s.role = 'coach' and s.scope_kind = 'team' and s.scope_id in (${game?.homeTeamId}, ${game?.awayTeamId})`,
      ),
    );
    expect(staff?.n).toBe(2);
  });
});
