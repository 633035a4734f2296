import { describe, expect, it } from 'vitest';
import { predictGame } from './artifact';
import { buildGameFeatures, FEATURES, type GameResult } from './features';
import { score } from './metrics';
import { trainGameModel } from './train';

// Two seasons in which the better team (lower id) usually wins: enough signal for every model.
function rows() {
  const games: GameResult[] = [];
  let id = 0;
  for (const season of [2016, 2017]) {
    for (let day = 0; day < 120; day++) {
      const date = new Date(Date.UTC(season, 10, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (const [home, away] of day % 2
        ? [
            [1, 4],
            [2, 3],
          ]
        : [
            [4, 2],
            [3, 1],
          ]) {
        id++;
        const edge = ((away ?? 0) - (home ?? 0)) * 3 + 3 + ((id * 37) % 23) - 11;
        games.push({
          id,
          season,
          date,
          homeTeamId: home ?? 0,
          awayTeamId: away ?? 0,
          homeScore: 100 + Math.max(edge, 0) + (edge === 0 ? 1 : 0),
          awayScore: 100 + Math.max(-edge, 0),
          postseason: false,
          home: null,
          away: null,
        });
      }
    }
  }
  return buildGameFeatures(games);
}

describe('game model artifacts', () => {
  const data = rows();

  it('every kind trains, survives a JSON round trip and answers the same', () => {
    for (const kind of ['logistic', 'tree', 'forest', 'ensemble', 'elo', 'home'] as const) {
      const artifact = trainGameModel(kind, data);
      const copy = JSON.parse(JSON.stringify(artifact));
      const vector = data.at(-1)?.features ?? {};
      const a = predictGame(artifact, vector);
      expect(predictGame(copy, vector)).toEqual(a);
      expect(a.home_win_probability).toBeGreaterThan(0);
      expect(a.home_win_probability).toBeLessThan(1);
      expect(Number.isFinite(a.expected_margin)).toBe(true);
      expect(a.contributions.length).toBeLessThanOrEqual(5);
      expect(copy.features).toEqual([...FEATURES]);
    }
    // ml-cart's split search is quadratic in rows: the forest takes seconds even on this league.
  }, 60_000);

  it('logistic learns the signal: better than a coin on its own training data', () => {
    const artifact = trainGameModel('logistic', data);
    const s = score(
      data.map((r) => ({
        p: predictGame(artifact, r.features).home_win_probability,
        y: r.game.homeScore > r.game.awayScore ? 1 : 0,
      })),
    );
    expect(s.accuracy).toBeGreaterThan(0.6);
    expect(s.brier).toBeLessThan(0.25);
  });

  it('a missing or non-finite feature is refused by name', () => {
    const artifact = trainGameModel('logistic', data);
    const vector: Record<string, number> = { ...(data[0]?.features ?? {}) };
    delete vector.rest_home;
    expect(() => predictGame(artifact, vector)).toThrow('feature rest_home: missing');
    expect(() => predictGame(artifact, { ...data[0]?.features, elo_diff: Number.NaN })).toThrow(
      'feature elo_diff: must be a finite number',
    );
  });
});

describe('scoring forecasts', () => {
  it('accuracy, Brier, log loss and calibration of a hand-checked set', () => {
    const s = score([
      { p: 0.8, y: 1 },
      { p: 0.6, y: 0 },
      { p: 0.3, y: 0 },
      { p: 0.5, y: 1 },
    ]);
    expect(s.accuracy).toBe(0.75);
    expect(s.brier).toBeCloseTo((0.04 + 0.36 + 0.09 + 0.25) / 4, 12);
    expect(s.logLoss).toBeCloseTo(-(Math.log(0.8) + Math.log(0.4) + Math.log(0.7) + Math.log(0.5)) / 4, 12);
    expect(s.calibration).toHaveLength(10);
    expect(s.calibration[8]).toMatchObject({ n: 1, meanPredicted: 0.8, observed: 1 });
  });
});
