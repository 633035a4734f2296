import { describe, expect, it } from 'vitest';
import { buildGameFeatures, FEATURES, FeatureEngine, type GameResult } from './features';

// A small league: four teams, a round of games every other day over two seasons.
function league(): GameResult[] {
  const games: GameResult[] = [];
  let id = 0;
  for (const season of [2016, 2017]) {
    for (let day = 0; day < 40; day++) {
      const date = new Date(Date.UTC(season, 10, 1 + day * 2)).toISOString().slice(0, 10);
      const pairs =
        day % 2 === 0
          ? [
              [1, 2],
              [3, 4],
            ]
          : [
              [4, 1],
              [2, 3],
            ];
      for (const [home, away] of pairs) {
        id++;
        const box = (seed: number) => ({
          fgm: 38 + (seed % 5),
          fga: 85,
          fg3m: 10,
          ftm: 15,
          fta: 20,
          oreb: 10,
          dreb: 33,
          turnover: 13,
        });
        games.push({
          id,
          season,
          date,
          homeTeamId: home ?? 0,
          awayTeamId: away ?? 0,
          homeScore: 100 + ((id * 7) % 13),
          awayScore: 98 + ((id * 5) % 11),
          postseason: false,
          home: box(id),
          away: box(id + 2),
        });
      }
    }
  }
  return games;
}

describe('game features', () => {
  it('no game’s features use that game or a later one: changing a score moves only later games', () => {
    const games = league();
    const target = games[101];
    if (!target) throw new Error('fixture too small');
    const before = buildGameFeatures(games);
    const changed = buildGameFeatures(games.map((g) => (g.id === target.id ? { ...g, homeScore: g.homeScore + 40 } : g)));
    let laterMoved = 0;
    for (const [i, row] of before.entries()) {
      const other = changed[i];
      expect(other?.game.id).toBe(row.game.id);
      if (row.game.date <= target.date) expect(other?.features, `game ${row.game.id}`).toEqual(row.features);
      else if (JSON.stringify(other?.features) !== JSON.stringify(row.features)) laterMoved++;
    }
    expect(laterMoved).toBeGreaterThan(0);
  });

  it('every feature is a finite number, on the first day as on the last', () => {
    for (const { features } of buildGameFeatures(league())) {
      expect(Object.keys(features)).toEqual([...FEATURES]);
      for (const f of FEATURES) expect(Number.isFinite(features[f]), f).toBe(true);
    }
  });

  it('refuses features for a date whose games are already recorded', () => {
    const engine = new FeatureEngine();
    const g = league()[0];
    if (!g) throw new Error('fixture');
    engine.record(g);
    expect(() => engine.vector(1, 2, g.date, g.season)).toThrow(/asked after/);
  });

  it('rest days, back-to-backs and streaks come from the team’s own earlier games', () => {
    const engine = new FeatureEngine();
    const game = (id: number, date: string, home: number, away: number, hs: number, as: number): GameResult => ({
      id,
      season: 2018,
      date,
      homeTeamId: home,
      awayTeamId: away,
      homeScore: hs,
      awayScore: as,
      postseason: false,
      home: null,
      away: null,
    });
    engine.record(game(1, '2018-11-01', 1, 2, 100, 90));
    engine.record(game(2, '2018-11-02', 3, 1, 95, 99));
    const v = engine.vector(1, 2, '2018-11-03', 2018);
    expect(v.rest_home).toBe(1);
    expect(v.b2b_home).toBe(1);
    expect(v.rest_away).toBe(2);
    expect(v.streak_home).toBe(2);
    expect(v.streak_away).toBe(-1);
    expect(v.h2h_this_season).toBe(1);
    // Results only: the four factors have nothing to compare.
    expect(v.efg10_diff).toBe(0);
  });
});
