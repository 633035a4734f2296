import { describe, expect, it } from 'vitest';
import {
  bdlGame,
  bdlLine,
  bdlPlayer,
  gameProgress,
  periodLabel,
  record,
  splitPlayerName,
  splitTeamName,
  toBdlGame,
  toBdlPlayer,
} from './shapes';

const celtics = { id: 2, abbreviation: 'BOS', name: 'Boston Celtics', conference: 'East', division: 'Atlantic' };

describe('team names', () => {
  it('splits an NBA franchise into city and nickname', () => {
    expect(splitTeamName('Boston Celtics', null, 'East')).toEqual({ city: 'Boston', name: 'Celtics' });
    expect(splitTeamName('Oklahoma City Thunder', null, 'West')).toEqual({ city: 'Oklahoma City', name: 'Thunder' });
    expect(splitTeamName('Portland Trail Blazers', null, 'West')).toEqual({ city: 'Portland', name: 'Trail Blazers' });
  });

  it('uses a stored city, and leaves a team without one whole', () => {
    expect(splitTeamName('Valley Owls', 'Valley', null)).toEqual({ city: 'Valley', name: 'Owls' });
    expect(splitTeamName('Owls', 'Valley', null)).toEqual({ city: 'Valley', name: 'Owls' });
    expect(splitTeamName('Team 12', null, null)).toEqual({ city: null, name: 'Team 12' });
  });
});

describe('players', () => {
  it('keeps stored first and last names, else splits at the first space', () => {
    expect(splitPlayerName('Jaren Jackson Jr.', null, null)).toEqual({ first_name: 'Jaren', last_name: 'Jackson Jr.' });
    expect(splitPlayerName('Nenê', null, null)).toEqual({ first_name: 'Nenê', last_name: '' });
    expect(splitPlayerName('A B C', 'A B', 'C')).toEqual({ first_name: 'A B', last_name: 'C' });
  });

  it('serves what Statline does not hold as null, and the jersey as a string', () => {
    const p = toBdlPlayer({
      id: 5,
      name: 'Jayson Tatum',
      firstName: null,
      lastName: null,
      position: null,
      jerseyNumber: 0,
      team: celtics,
    });
    expect(bdlPlayer.parse(p)).toEqual({
      id: 5,
      first_name: 'Jayson',
      last_name: 'Tatum',
      position: null,
      height: null,
      weight: null,
      jersey_number: '0',
      college: null,
      country: null,
      draft_year: null,
      draft_round: null,
      draft_number: null,
      team: { ...celtics, city: 'Boston', name: 'Celtics', full_name: 'Boston Celtics' },
    });
  });
});

describe('game progress', () => {
  it("words a game's status as balldontlie does, with no clock", () => {
    expect(gameProgress('final', undefined)).toEqual({ status: 'Final', period: null, time: 'Final' });
    expect(gameProgress('scheduled', undefined)).toEqual({ status: 'Scheduled', period: 0, time: null });
    const live = { period: 2, ruleSet: 'nba', score: { home: 50, visitor: 48 } };
    expect(gameProgress('live', live)).toEqual({ status: '2nd Qtr', period: 2, time: null });
  });

  it('names quarters, halves and overtimes by the rule set', () => {
    expect(periodLabel(1, 'nba')).toBe('1st Qtr');
    expect(periodLabel(3, 'nba')).toBe('3rd Qtr');
    expect(periodLabel(5, 'nba')).toBe('OT1');
    expect(periodLabel(2, 'ncaa_men')).toBe('2nd Half');
    expect(periodLabel(3, 'ncaa_men')).toBe('OT1');
    expect(periodLabel(0, 'nba')).toBe('In Progress');
  });

  it("takes a live game's score from its projection", () => {
    const row = {
      id: 9,
      date: '2026-12-04',
      season: 2026,
      status: 'live' as const,
      postseason: false,
      homeScore: 0,
      awayScore: 0,
    };
    const g = toBdlGame(
      { ...row, home: celtics, away: { ...celtics, id: 3 } },
      { period: 1, ruleSet: 'nba', score: { home: 3, visitor: 1 } },
    );
    expect(bdlGame.parse(g)).toMatchObject({ home_team_score: 3, visitor_team_score: 1, status: '1st Qtr', period: 1 });
  });
});

describe('lines and records', () => {
  const zero = {
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
  };

  it('formats minutes as mm:ss, null when unknown, and shooting from the line', () => {
    expect(bdlLine({ ...zero, fgm: 5, fga: 8, pts: 10, min: 30.3 })).toMatchObject({
      min: '30:18',
      fg_pct: 0.625,
      fg3_pct: null,
    });
    expect(bdlLine({ ...zero, min: null }).min).toBeNull();
  });

  it('writes records as W-L', () => {
    expect(record({ wins: 37, losses: 4 })).toBe('37-4');
    expect(record(null)).toBeNull();
  });
});
