import { describe, expect, it } from 'vitest';
import { franchises } from './franchises';
import { nbaTeamBySpelling } from './team-spellings';

describe('nbaTeamBySpelling', () => {
  it('finds a franchise by either source’s abbreviation or its full name, in any case', () => {
    for (const [a, b] of [
      ['BKN', 'BRK'],
      ['CHA', 'CHO'],
      ['PHX', 'PHO'],
      ['Phoenix Suns', 'phx'],
      ['  golden state warriors ', 'GSW'],
    ] as const) {
      expect(nbaTeamBySpelling(a, 2018)?.teamId).toBe(nbaTeamBySpelling(b, 2018)?.teamId);
    }
    for (const f of franchises) {
      expect(nbaTeamBySpelling(f.abbreviation, 2018)?.teamId).toBe(f.teamId);
      expect(nbaTeamBySpelling(f.bref, 2018)?.teamId).toBe(f.teamId);
      expect(nbaTeamBySpelling(f.name, 2018)?.teamId).toBe(f.teamId);
    }
  });

  it('knows former names and gives the name a franchise had that season', () => {
    expect(nbaTeamBySpelling('NJN', 2008)).toEqual({ teamId: '1610612751', abbreviation: 'NJN', name: 'New Jersey Nets' });
    expect(nbaTeamBySpelling('BRK', 2008)?.name).toBe('New Jersey Nets');
    expect(nbaTeamBySpelling('Seattle SuperSonics', 2006)?.teamId).toBe(nbaTeamBySpelling('OKC', 2018)?.teamId);
    expect(nbaTeamBySpelling('NOK', 2005)?.name).toBe('New Orleans/Oklahoma City Hornets');
    expect(nbaTeamBySpelling('NOH', 2010)?.teamId).toBe(nbaTeamBySpelling('NOP', 2018)?.teamId);
    expect(nbaTeamBySpelling('CHA', 2010)?.name).toBe('Charlotte Bobcats');
    expect(nbaTeamBySpelling('CHA', 2016)?.name).toBe('Charlotte Hornets');
    expect(nbaTeamBySpelling('LAC', 2010)?.name).toBe('Los Angeles Clippers');
    expect(nbaTeamBySpelling('LAC', 2018)?.name).toBe('LA Clippers');
  });

  it('knows no other team', () => {
    expect(nbaTeamBySpelling('Gotham Knights', 2018)).toBeNull();
    expect(nbaTeamBySpelling('', 2018)).toBeNull();
  });
});
