import { describe, expect, it } from 'vitest';
import { gameDateLabel, gameTitle } from './game-title';

const game = { date: '2025-01-03', venueKnown: true, home: { abbreviation: 'NYK' }, away: { abbreviation: 'BOS' } };

describe('gameTitle', () => {
  it('names the teams, the final score and the day', () => {
    expect(gameTitle({ ...game, homeScore: 104, awayScore: 112 })).toBe('BOS 112–104 NYK · Jan 3, 2025');
  });
  it('says who visits whom before the game, and "vs" when the venue is unknown', () => {
    expect(gameTitle({ ...game, homeScore: null, awayScore: null })).toBe('BOS @ NYK · Jan 3, 2025');
    expect(gameTitle({ ...game, venueKnown: false, homeScore: null, awayScore: null })).toBe('BOS vs NYK · Jan 3, 2025');
  });
  it('keeps the calendar day whatever the time zone', () => {
    expect(gameDateLabel('2024-12-31')).toBe('Dec 31, 2024');
  });
});
