import { describe, expect, it } from 'vitest';
import { detectFormat } from './formats';

describe('detectFormat', () => {
  it('tells the four formats apart by their first line', () => {
    expect(detectFormat('SEASON_ID,TEAM_ID,TEAM_ABBREVIATION,GAME_ID,GAME_DATE,MATCHUP,WL,PTS\r\n22018,1610612737')).toBe(
      'team-game-log',
    );
    expect(detectFormat('\uFEFF"Player","Tm","Opp","Res","MP","PTS","Data"\n')).toBe('player-game-log');
    expect(detectFormat('  \n{"format":"statline-basketball"')).toBe('statline-json');
    expect(detectFormat('date,season,home_team,visitor_team,home_team_score,visitor_team_score\n2019-10-22,2019-20')).toBe(
      'results',
    );
  });

  it('refuses anything else', () => {
    expect(detectFormat('a,b\n1,2\n')).toBeNull();
    expect(detectFormat('')).toBeNull();
  });
});
