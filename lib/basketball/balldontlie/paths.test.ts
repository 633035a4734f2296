import { describe, expect, it } from 'vitest';
import { matchPath } from './paths';

const m = (path: string) => matchPath(path.split('/').filter(Boolean));

describe('matchPath', () => {
  it("finds every NBA path Statline serves, with an id where balldontlie's path has one", () => {
    expect(m('nba/v1/teams')).toEqual({ kind: 'served', endpoint: 'teams' });
    expect(m('nba/v1/teams/14')).toEqual({ kind: 'served', endpoint: 'team', id: '14' });
    expect(m('nba/v1/players/active')).toEqual({ kind: 'served', endpoint: 'activePlayers' });
    expect(m('nba/v1/players/7')).toEqual({ kind: 'served', endpoint: 'player', id: '7' });
    expect(m('nba/v1/games/3')).toEqual({ kind: 'served', endpoint: 'game', id: '3' });
    expect(m('nba/v1/box_scores/live')).toEqual({ kind: 'served', endpoint: 'liveBoxScores' });
    for (const [path, endpoint] of [
      ['stats', 'stats'],
      ['season_averages', 'seasonAverages'],
      ['standings', 'standings'],
      ['box_scores', 'boxScores'],
      ['leaders', 'leaders'],
    ]) {
      expect(m(`nba/v1/${path}`)).toEqual({ kind: 'served', endpoint });
    }
  });

  it('says what is not served and why', () => {
    const odds = m('nba/v1/odds');
    expect(odds.kind).toBe('not_served');
    expect(odds.kind === 'not_served' && odds.message).toMatch(/^\/nba\/v1\/odds \(betting odds\) is not supported by Statline/);
    expect(m('nba/v1/stats/advanced')).toMatchObject({ message: expect.stringMatching(/advanced stats/) });
    expect(m('nfl/v1/teams')).toMatchObject({ message: expect.stringMatching(/NBA API only/) });
    for (const path of ['', 'nba', 'nba/v2/teams', 'nba/v1/teams/1/2', 'nba/v1/players/active/1', 'nba/v1/zzz']) {
      expect(m(path).kind, path).toBe('not_served');
    }
  });
});
