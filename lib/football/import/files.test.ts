import { expect, it } from 'vitest';
import { footballFileKind } from './files';

it('tells each football file from its header line', () => {
  expect(
    footballFileKind('season,week,gameDate,gameId,gameTimeEastern,HomeScore,VisitorScore,homeTeamAbbr,visitorTeamAbbr'),
  ).toBe('bdb-games');
  expect(footballFileKind('nflId,FirstName,LastName,PositionAbbr')).toBe('bdb-players');
  expect(footballFileKind('gameId,playId,quarter,GameClock,down,yardsToGo,possessionTeam,PlayResult')).toBe('bdb-plays');
  expect(footballFileKind('"",play_id,game_id,home_team,away_team,posteam,play_type,epa')).toBe('nflscrapr-plays');
  expect(footballFileKind('type,game_id,home_team,away_team,week,season,state_of_game,game_url,home_score,away_score')).toBe(
    'nflscrapr-games',
  );
  expect(footballFileKind('\uFEFFdate,home,visitor')).toBeNull();
});
