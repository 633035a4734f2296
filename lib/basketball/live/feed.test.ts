import { describe, expect, it } from 'vitest';
import { ev, HOME, Scorebook, VISITOR } from '@/test/support/live-scorebook';
import { feed } from './feed';

const names = {
  player: (id: number) => `P${id}`,
  team: (id: number) => (id === HOME ? 'Hawks' : 'Owls'),
};

describe('feed', () => {
  it('describes each play with the period and the score after it, and marks undone ones', () => {
    const book = new Scorebook('ncaa_men');
    book.log(
      ev.starters(HOME, [11, 12, 13, 14, 15]),
      ev.start(1),
      ev.jump(VISITOR),
      ev.fg(HOME, 11, 3, true, { assist_player_id: 12 }),
      ev.fg(VISITOR, 21, 2, false, { block_player_id: 13 }),
      ev.reb(VISITOR, null, true),
      ev.tov(VISITOR, 22, 14),
      ev.foul(HOME, 15, 'shooting'),
      ev.ft(VISITOR, 21),
      ev.undo(9),
      ev.foul(VISITOR, null, 'technical'),
      ev.sub(HOME, 16, 11),
      ev.timeout(VISITOR),
      ev.end(1),
    );
    const items = feed(book.setup, book.events, names);
    expect(items.map((i) => [i.seq, i.period, i.description, i.voided, `${i.score.home}-${i.score.visitor}`])).toEqual([
      [1, 0, 'Hawks starters: P11, P12, P13, P14, P15', false, '0-0'],
      [2, 1, 'Start of 1st half', false, '0-0'],
      [3, 1, 'Jump ball won by Owls', false, '0-0'],
      [4, 1, 'P11 made 3PT (assist P12)', false, '3-0'],
      [5, 1, 'P21 missed 2PT (block P13)', false, '3-0'],
      [6, 1, 'Owls team offensive rebound', false, '3-0'],
      [7, 1, 'P22 turnover (steal P14)', false, '3-0'],
      [8, 1, 'P15 shooting foul', false, '3-0'],
      [9, 1, 'P21 made free throw', true, '3-0'],
      [11, 1, 'Owls bench technical foul', false, '3-0'],
      [12, 1, 'P16 in for P11', false, '3-0'],
      [13, 1, 'Owls timeout', false, '3-0'],
      [14, 1, 'End of 1st half', false, '3-0'],
    ]);
    expect(items[3]?.data).toEqual({ team_id: HOME, player_id: 11, points: 3, made: true, assist_player_id: 12 });
  });

  it('labels quarters and overtimes', () => {
    const book = Scorebook.started('nba');
    for (let p = 1; p <= 4; p++) book.log(ev.end(p), ev.start(p + 1));
    book.log(ev.fg(HOME, 11, 2), ev.end(5), ev.gameEnd());
    const text = feed(book.setup, book.events, names).map((i) => i.description);
    expect(text.slice(2, 4)).toEqual(['Start of Q1', 'End of Q1']);
    expect(text.slice(-4)).toEqual(['Start of OT1', 'P11 made 2PT', 'End of OT1', 'Final']);
  });
});
