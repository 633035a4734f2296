import { describe, expect, it } from 'vitest';
import { lineScore } from './line-score';
import { type GameSetup, initialState } from './state';

const setup = (ruleSet: GameSetup['ruleSet']): GameSetup => ({
  ruleSet,
  home: { team_id: 1, player_ids: [1, 2, 3, 4, 5] },
  visitor: { team_id: 2, player_ids: [6, 7, 8, 9, 10] },
});

function stateWith(ruleSet: GameSetup['ruleSet'], period: number, home: number[], visitor: number[]) {
  return { ...initialState(setup(ruleSet)), period, scoreByPeriod: { home, visitor } };
}

describe('lineScore', () => {
  it('shows every quarter, blank until it is played, and the running total', () => {
    const line = lineScore(stateWith('nba', 2, [30, 25], [28, 31]));
    expect(line.periods).toEqual(['1', '2', '3', '4']);
    expect(line.teams).toEqual([
      { side: 'visitor', points: [28, 31, null, null], total: 59 },
      { side: 'home', points: [30, 25, null, null], total: 55 },
    ]);
  });

  it('adds overtimes as they are played, and a scoreless period is a zero', () => {
    const line = lineScore(stateWith('nba', 6, [30, 25, 20, 25, 10, 0], [28, 31, 22, 19, 10, 4]));
    expect(line.periods).toEqual(['1', '2', '3', '4', 'OT', '2OT']);
    expect(line.teams[1]?.points).toEqual([30, 25, 20, 25, 10, 0]);
    expect(line.teams.map((t) => t.total)).toEqual([114, 110]);
  });

  it('names halves for rule sets played in halves', () => {
    expect(lineScore(stateWith('ncaa_men', 1, [40], [38])).periods).toEqual(['1st', '2nd']);
  });
});
