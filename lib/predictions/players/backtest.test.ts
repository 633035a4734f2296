import { describe, expect, it } from 'vitest';
import { backtestPlayerModels } from './backtest';
import type { PlayerGameRow } from './features';

// Twelve players of four teams, a game every other day for two months; each scores around his own
// level (deterministic noise), so there is something to learn and nothing random in the test.
function league(): PlayerGameRow[] {
  const rows: PlayerGameRow[] = [];
  let seed = 7;
  const noise = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31 - 0.5;
  };
  for (let day = 0; day < 60; day += 2) {
    const date = new Date(Date.UTC(2024, 10, 1 + day)).toISOString().slice(0, 10);
    for (const [home, away] of day % 4
      ? [
          [0, 1],
          [2, 3],
        ]
      : [
          [0, 2],
          [1, 3],
        ]) {
      for (const team of [home, away] as number[]) {
        for (let k = 0; k < 3; k++) {
          const player = team * 3 + k;
          const level = 5 + player * 2;
          rows.push({
            playerId: player,
            gameId: day * 10 + (home ?? 0),
            date,
            season: 2024,
            teamId: team,
            opponentId: (team === home ? away : home) ?? 0,
            isHome: team === home,
            min: 20 + k * 5,
            pts: Math.max(0, Math.round(level + noise() * 8)),
            reb: Math.max(0, Math.round(level / 3 + noise() * 4)),
            ast: Math.max(0, Math.round(level / 4 + noise() * 3)),
          });
        }
      }
    }
  }
  return rows;
}

describe('backtestPlayerModels', () => {
  const rows = league();

  it('trains before the test window and scores every test game of it', () => {
    const result = backtestPlayerModels(rows, { testFrom: '2024-12-10', testTo: '2024-12-20', perGame: true, kinds: ['ridge'] });
    expect(result.testFrom).toBe('2024-12-10');
    expect(result.testTo <= '2024-12-20').toBe(true);
    expect(result.rows.map((r) => r.stat)).toEqual(['pts', 'reb', 'ast']);
    for (const r of result.rows) {
      expect(r.artifact.training.to < '2024-12-10').toBe(true);
      expect(r.games).toHaveLength(r.n);
      const games = r.games ?? [];
      expect(games.every((g) => g.date >= '2024-12-10' && g.date <= '2024-12-20')).toBe(true);
      const mae = games.reduce((a, g) => a + Math.abs(g.actual - g.p50), 0) / games.length;
      expect(r.mae).toBeCloseTo(mae, 10);
      expect(games.every((g) => g.p10 <= g.p50 && g.p50 <= g.p90)).toBe(true);
    }
  });

  it('reports progress once per model and at the end', () => {
    const steps: string[] = [];
    backtestPlayerModels(rows, { stats: ['pts'], onProgress: (_d, _t, step) => steps.push(step) });
    expect(steps).toEqual(['pts linear', 'pts ridge', 'pts lasso', 'done']);
  });

  it('refuses a test window with nothing before it', () => {
    expect(() => backtestPlayerModels(rows, { testFrom: '2024-01-01' })).toThrow(RangeError);
  });
});
