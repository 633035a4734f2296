import { describe, expect, it } from 'vitest';
import { ev, HOME, Scorebook, VISITOR } from '@/test/support/live-scorebook';
import { clockLabel, scoreboardFromState } from './scoreboard';

describe('scoreboard', () => {
  it('labels the clock from the rule set', () => {
    expect(clockLabel('nba', { status: 'scheduled', period: 0, running: false })).toBe('Not started');
    expect(clockLabel('nba', { status: 'live', period: 2, running: true })).toBe('Q2');
    expect(clockLabel('ncaa_men', { status: 'live', period: 1, running: false })).toBe('End of 1st half');
    expect(clockLabel('nba', { status: 'live', period: 5, running: true })).toBe('OT1');
    expect(clockLabel('nba', { status: 'final', period: 4, running: false })).toBe('Final');
  });

  it('puts the bonus beside the team that shoots it', () => {
    const book = new Scorebook('nba');
    book.log(ev.starters(HOME, [11, 12, 13, 14, 15]), ev.starters(VISITOR, [21, 22, 23, 24, 25]), ev.start(1));
    for (const p of [11, 12, 13, 14]) book.log(ev.foul(HOME, p));
    const board = scoreboardFromState(book.state, {
      abbreviation: { home: 'HAW', visitor: 'OWL' },
      player: (id) => `P${id}`,
    });
    const [visitor, home] = board.teams;
    expect(home).toMatchObject({ abbreviation: 'HAW', teamFouls: 4, bonus: 'none', timeoutsLeft: 7 });
    expect(visitor).toMatchObject({ abbreviation: 'OWL', teamFouls: 0, bonus: 'bonus' });
    expect(board.clock).toBe('Q1');
  });
});
