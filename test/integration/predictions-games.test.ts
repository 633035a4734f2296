// Game-outcome models on real data: three seasons imported through the basketball importer, the
// features built from what the database stores, walk-forward on the last season.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBasketball } from '../../lib/basketball/import/run';
import { importLeagueId } from '../../lib/basketball/import/write';
import { predictGame } from '../../lib/predictions/games/artifact';
import { buildGameFeatures } from '../../lib/predictions/games/features';
import { featuresAsOf } from '../../lib/predictions/games/features-as-of';
import { loadLeagueGames } from '../../lib/predictions/games/load';
import { trainGameModel } from '../../lib/predictions/games/train';
import { walkForward } from '../../lib/predictions/games/walk-forward';
import { demoDir } from '../support/basketball-csv';
import { createTestDatabase, type TestDatabase } from '../support/db';

let database: TestDatabase;
let leagueId: number;
beforeAll(async () => {
  database = await createTestDatabase();
  for (const file of ['log-2017.csv', 'log-2018.csv', 'log-2019.csv']) {
    const summary = await importBasketball(database, { source: file, input: createReadStream(path.join(demoDir, file)) });
    expect(summary.rejected).toBe(0);
  }
  leagueId = await importLeagueId(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe('game predictions from stored games', () => {
  it('loads every imported game with both box-score lines', async () => {
    const games = await loadLeagueGames(database.db, leagueId);
    expect(games).toHaveLength(3 * 1230);
    expect(games.every((g) => g.home && g.away)).toBe(true);
    expect(games[0]?.date).toBe('2016-10-25');
  });

  it('walk-forward on 2018-19, trained on the two seasons before: beats home-wins, near Elo', async () => {
    const rows = buildGameFeatures(await loadLeagueGames(database.db, leagueId));
    const wf = walkForward('logistic', rows, [2018]);
    const season = wf.seasons[0];
    expect(season?.model.n).toBe(1230);
    expect(season?.trainedOn).toBe(2460);
    expect(season?.model.accuracy).toBeGreaterThan(0.62);
    expect(season?.model.brier).toBeLessThan(season?.home.brier ?? 0);
    expect(season?.model.brier).toBeLessThan((season?.elo.brier ?? 0) + 0.01);
  });

  it('changing a stored score moves only later games’ features and predictions', async () => {
    const before = buildGameFeatures(await loadLeagueGames(database.db, leagueId));
    const target = before.find((r) => r.game.season === 2017 && r.game.date === '2018-01-15');
    if (!target) throw new Error('no game on 2018-01-15');
    const model = trainGameModel(
      'logistic',
      before.filter((r) => r.game.season === 2016),
    );
    await database.db.execute(
      sql`update bb_games set home_score = home_score + 30, away_score = greatest(away_score - 30, 0) where id = ${target.game.id}`,
    );
    await database.db.execute(
      sql`update bb_team_lines set pts = pts + 30, fgm = fgm + 15 where game_id = ${target.game.id} and team_id = ${target.game.homeTeamId}`,
    );
    const after = buildGameFeatures(await loadLeagueGames(database.db, leagueId));
    expect(after.map((r) => r.game.id)).toEqual(before.map((r) => r.game.id));
    let laterMoved = 0;
    for (const [i, row] of before.entries()) {
      const changed = after[i];
      if (!changed) throw new Error('row lost');
      const p = (r: typeof row) => predictGame(model, r.features).home_win_probability;
      if (row.game.date <= target.game.date) {
        expect(changed.features, `game ${row.game.id} on ${row.game.date}`).toEqual(row.features);
        expect(p(changed)).toBe(p(row));
      } else if (p(changed) !== p(row)) laterMoved++;
    }
    expect(laterMoved).toBeGreaterThan(10);
  });
});

describe('features as of a date, for a game not in the data', () => {
  it('equals the features the walk-forward gave a stored game of that date, and is null before any game', async () => {
    const rows = buildGameFeatures(await loadLeagueGames(database.db, leagueId));
    const stored = rows.find((r) => r.game.date === '2019-02-01');
    if (!stored) throw new Error('no game on 2019-02-01');
    const asOf = await featuresAsOf(database.db, leagueId, stored.game.homeTeamId, stored.game.awayTeamId, stored.game.date);
    expect(asOf).toEqual({ season: 2018, features: stored.features });
    expect(await featuresAsOf(database.db, leagueId, stored.game.homeTeamId, stored.game.awayTeamId, '2016-10-25')).toBeNull();
  });
});
