import { describe, expect, it } from 'vitest';
import { averagesFromTotals, computeStandings, formatMinutes, type Totals } from './stats';

const zero: Totals = {
  fgm: 0,
  fga: 0,
  fg3m: 0,
  fg3a: 0,
  ftm: 0,
  fta: 0,
  oreb: 0,
  dreb: 0,
  reb: 0,
  ast: 0,
  stl: 0,
  blk: 0,
  turnover: 0,
  pf: 0,
  pts: 0,
  min: 0,
  gamesPlayed: 0,
};

describe('averagesFromTotals', () => {
  it('takes percentages from totals, not from per-game rates', () => {
    // Game 1: 1/1, game 2: 1/9. Average of percentages would be 55.6%; the true rate is 20%.
    const a = averagesFromTotals({ ...zero, fgm: 2, fga: 10, pts: 4, min: 60, gamesPlayed: 2 });
    expect(a.fg_pct).toBe(0.2);
    expect(a.per_game.pts).toBe(2);
    expect(a.per_36?.pts).toBe(2.4);
  });
  it('computes TS% and eFG%', () => {
    const a = averagesFromTotals({
      ...zero,
      fgm: 8,
      fga: 16,
      fg3m: 4,
      fg3a: 8,
      ftm: 4,
      fta: 5,
      pts: 24,
      min: 30,
      gamesPlayed: 1,
    });
    expect(a.efg_pct).toBe(0.625);
    expect(a.ts_pct).toBe(Math.round((24 / (2 * (16 + 0.44 * 5))) * 1000) / 1000);
  });
  it('gives nulls, not NaN, when nothing was attempted or played', () => {
    const a = averagesFromTotals(zero);
    expect(a).toMatchObject({ games_played: 0, min: 0, fg_pct: null, ft_pct: null, ts_pct: null, per_36: null });
    expect(a.per_game.pts).toBe(0);
  });
});

describe('computeStandings', () => {
  const r = (teamId: number, date: string, won: boolean, home: boolean | null, gameId = Number(date.replaceAll('-', ''))) => ({
    teamId,
    date,
    won,
    home,
    gameId,
  });
  it('orders by pct, computes games behind, splits, last ten and streak', () => {
    const rows = computeStandings([
      r(1, '2020-01-01', true, true),
      r(2, '2020-01-01', false, false),
      r(1, '2020-01-02', false, false),
      r(2, '2020-01-02', true, true),
      r(1, '2020-01-03', true, true),
      r(2, '2020-01-03', false, false),
    ]);
    expect(rows.map((x) => [x.teamId, x.wins, x.losses, x.gamesBehind, x.streak])).toEqual([
      [1, 2, 1, 0, 'W1'],
      [2, 1, 2, 1, 'L1'],
    ]);
    expect(rows[0]?.home).toEqual({ wins: 2, losses: 0 });
    expect(rows[0]?.away).toEqual({ wins: 0, losses: 1 });
  });
  it('leaves home/away unknown when any venue is unknown', () => {
    const [row] = computeStandings([r(1, '2020-01-01', true, null), r(1, '2020-01-02', true, true)]);
    expect(row?.home).toBeNull();
    expect(row?.streak).toBe('W2');
  });
});

describe('helpers', () => {
  it('formats decimal minutes as a clock', () => {
    expect(formatMinutes(30.5)).toBe('30:30');
    expect(formatMinutes(0)).toBe('0:00');
    expect(formatMinutes(12.999)).toBe('13:00');
  });
});
