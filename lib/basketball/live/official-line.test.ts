import { describe, expect, it } from 'vitest';
import { ev, HOME, Scorebook } from '@/test/support/live-scorebook';
import { officialLine } from './state';

describe('the official team line', () => {
  it('keeps team rebounds out of REB/OREB/DREB and reports them, with team turnovers, apart', () => {
    const book = Scorebook.started('nba');
    book.log(ev.reb(HOME, 12, true), ev.reb(HOME, null, true), ev.reb(HOME, null, false), ev.reb(HOME, 13, false));
    book.log(ev.tov(HOME, null), ev.tov(HOME, 12));
    const line = officialLine(book.state.teams.home);
    expect(line.totals).toMatchObject({ reb: 2, oreb: 1, dreb: 1, turnover: 2 });
    expect(line).toMatchObject({ team_reb: 2, team_tov: 1 });
    // The running totals still hold everything: the projection decides what the official line shows.
    expect(book.state.teams.home.totals).toMatchObject({ reb: 4, turnover: 2 });
  });
});
