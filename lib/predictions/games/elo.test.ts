import { describe, expect, it } from 'vitest';
import { EloBook, eloCarryOver, eloShift, eloWinProbability, movMultiplier } from './elo';

describe('FiveThirtyEight Elo', () => {
  it('an even home game: 64% for the home team (100 points of home court)', () => {
    expect(eloWinProbability(0)).toBeCloseTo(1 / (1 + 10 ** (-100 / 400)), 12);
    expect(eloWinProbability(0)).toBeCloseTo(0.6401, 4);
  });

  it('the multiplier damps a favourite’s blowout: ((MOV+3)^0.8)/(7.5+0.006·d)', () => {
    expect(movMultiplier(10, 100)).toBeCloseTo(13 ** 0.8 / 8.1, 12);
    expect(movMultiplier(10, 100)).toBeLessThan(movMultiplier(10, -100));
  });

  it('follows a hand-computed three-game sequence, across a season boundary', () => {
    const book = new EloBook();
    // Game 1, season 2016: A (home, 1500) beats B (1500) by 10.
    // gap = 100, expected = 0.640065, mult = 13^0.8/(7.5+0.6) = 7.783137/8.1 = 0.960881
    // shift = 20 × 0.960881 × (1 − 0.640065) = 6.917095
    book.record({ season: 2016, homeTeamId: 1, awayTeamId: 2, homeScore: 110, awayScore: 100 });
    expect(book.rating(1, 2016)).toBeCloseTo(1506.917095, 5);
    expect(book.rating(2, 2016)).toBeCloseTo(1493.082905, 5);
    // Game 2, season 2016: B (home, 1493.083) beats A (1506.917) by 4.
    // gap = 1493.083 + 100 − 1506.917 = 86.166, expected = 1/(1+10^(−86.166/400)) = 0.621521
    // winner − loser (home court included) = 86.166: mult = 7^0.8/(7.5+0.516995) = 4.743276/8.016995 = 0.591653
    // shift = 20 × 0.591653 × (1 − 0.621521) = 4.478559
    book.record({ season: 2016, homeTeamId: 2, awayTeamId: 1, homeScore: 90, awayScore: 86 });
    expect(book.rating(2, 2016)).toBeCloseTo(1497.561464, 5);
    expect(book.rating(1, 2016)).toBeCloseTo(1502.438536, 5);
    // Next season: 75% carried over, 25% reverts to 1505.
    expect(book.rating(1, 2017)).toBeCloseTo(1503.078902, 5);
    expect(eloCarryOver(1600)).toBe(1576.25);
    // A loss at home by the favourite moves the same points the other way.
    expect(eloShift(1600, 1400, 95, 100)).toBeLessThan(0);
    expect(eloShift(1600, 1400, 95, 100)).toBeCloseTo(
      20 * (8 ** 0.8 / (7.5 + 0.006 * -300)) * (0 - 1 / (1 + 10 ** (-300 / 400))),
      10,
    );
  });
});
