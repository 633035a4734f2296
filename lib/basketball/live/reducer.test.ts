import { describe, expect, it } from 'vitest';
import { ev, HOME, Scorebook, setupFor, VISITOR } from '@/test/support/live-scorebook';
import { apply, replay } from './reducer';
import { boxScore, gameSetup } from './state';

/** Logs `n` fouls by home, each by whoever on court has the fewest, so nobody fouls out. */
const homeFouls = (book: Scorebook, n: number, kind: 'personal' | 'offensive' | 'technical' = 'personal') => {
  for (let i = 0; i < n; i++) {
    const { onCourt, players } = book.state.teams.home;
    const fouls = (p: number) => (players[p]?.pf ?? 0) + (players[p]?.tf ?? 0);
    book.log(
      ev.foul(
        HOME,
        onCourt.reduce((a, b) => (fouls(b) < fouls(a) ? b : a)),
        kind,
      ),
    );
  }
};
const endPeriods = (book: Scorebook, from: number, to: number) => {
  for (let p = from; p <= to; p++) book.log(ev.end(p), ev.start(p + 1));
};

describe('team fouls and the bonus', () => {
  it('nba: the 5th foul of a quarter is penalised, the count restarts each quarter, and overtime penalises the 4th', () => {
    const book = Scorebook.started('nba');
    homeFouls(book, 3);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 3, opponentBonus: 'none' });
    homeFouls(book, 1);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 4, opponentBonus: 'bonus' });
    homeFouls(book, 2);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 6, opponentBonus: 'bonus' });
    expect(book.state.teams.visitor).toMatchObject({ teamFouls: 0, opponentBonus: 'none' });
    endPeriods(book, 1, 1);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 0, opponentBonus: 'none' });
    homeFouls(book, 3);
    endPeriods(book, 2, 4);
    expect(book.state.period).toBe(5);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 0, opponentBonus: 'none' });
    homeFouls(book, 3);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 3, opponentBonus: 'bonus' });
  });

  it('nba: offensive fouls and technicals do not count toward the penalty', () => {
    const book = Scorebook.started('nba');
    homeFouls(book, 5, 'offensive');
    homeFouls(book, 1, 'technical');
    expect(book.state.teams.home).toMatchObject({ teamFouls: 0, opponentBonus: 'none' });
    expect(book.state.teams.home.totals).toMatchObject({ pf: 5, tf: 1 });
    book.log(ev.foul(HOME, 12, 'flagrant'));
    expect(book.state.teams.home.teamFouls).toBe(1);
  });

  it('ncaa_men: one-and-one from the 7th foul of a half, double bonus from the 10th, carried into overtime', () => {
    const book = Scorebook.started('ncaa_men');
    homeFouls(book, 5);
    expect(book.state.teams.home.opponentBonus).toBe('none');
    homeFouls(book, 1);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 6, opponentBonus: 'bonus' });
    homeFouls(book, 2);
    expect(book.state.teams.home.opponentBonus).toBe('bonus');
    homeFouls(book, 1);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 9, opponentBonus: 'double_bonus' });
    endPeriods(book, 1, 1);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 0, opponentBonus: 'none' });
    // Offensive fouls count here (unlike the NBA).
    homeFouls(book, 6, 'offensive');
    expect(book.state.teams.home.opponentBonus).toBe('bonus');
    endPeriods(book, 2, 2);
    expect(book.state.teams.home).toMatchObject({ teamFouls: 6, opponentBonus: 'bonus' });
  });

  it('high school resets at the half only; fiba resets every quarter but carries the 4th into overtime', () => {
    const hs = Scorebook.started('high_school');
    homeFouls(hs, 4);
    endPeriods(hs, 1, 1);
    expect(hs.state.teams.home.teamFouls).toBe(4);
    endPeriods(hs, 2, 2);
    expect(hs.state.teams.home.teamFouls).toBe(0);

    const fiba = Scorebook.started('fiba');
    homeFouls(fiba, 2);
    endPeriods(fiba, 1, 3);
    homeFouls(fiba, 4);
    expect(fiba.state.teams.home).toMatchObject({ teamFouls: 4, opponentBonus: 'bonus' });
    endPeriods(fiba, 4, 4);
    expect(fiba.state.teams.home).toMatchObject({ teamFouls: 4, opponentBonus: 'bonus' });
  });
});

describe('fouling out', () => {
  it('nba: six personal fouls; the player must leave and cannot come back', () => {
    const book = Scorebook.started('nba');
    for (let i = 0; i < 5; i++) book.log(ev.foul(HOME, 11, i % 2 ? 'shooting' : 'personal'));
    expect(book.state.teams.home.fouledOut).toEqual([]);
    book.log(ev.foul(HOME, 11, 'offensive'));
    expect(book.state.teams.home.fouledOut).toEqual([11]);
    expect(book.reason(ev.fg(HOME, 11, 2))).toBe('player 11 has fouled out');
    book.log(ev.sub(HOME, 16, 11));
    expect(book.reason(ev.sub(HOME, 11, 12))).toBe('player 11 has fouled out and cannot come back in');
    expect(book.reason(ev.foul(HOME, 11, 'technical'))).toBeNull();
  });

  it('fiba: five fouls, technicals included; two technicals eject in any rule set', () => {
    const fiba = Scorebook.started('fiba');
    for (let i = 0; i < 4; i++) fiba.log(ev.foul(VISITOR, 21));
    fiba.log(ev.foul(VISITOR, 21, 'technical'));
    expect(fiba.state.teams.visitor.fouledOut).toEqual([21]);
    expect(fiba.state.teams.visitor.players[21]).toMatchObject({ pf: 5, tf: 1 });

    const nba = Scorebook.started('nba');
    nba.log(ev.foul(VISITOR, 22, 'technical'));
    expect(nba.state.teams.visitor.players[22]).toMatchObject({ pf: 0, tf: 1 });
    nba.log(ev.foul(VISITOR, 22, 'technical'));
    expect(nba.state.teams.visitor.fouledOut).toEqual([22]);
  });

  it('undoing the sixth foul brings the player back', () => {
    const book = Scorebook.started('nba');
    for (let i = 0; i < 6; i++) book.log(ev.foul(HOME, 11));
    book.log(ev.undo(book.state.log.lastSeq));
    expect(book.state.teams.home.fouledOut).toEqual([]);
    expect(book.reason(ev.fg(HOME, 11, 2))).toBeNull();
  });
});

describe('timeouts', () => {
  it('nba: seven per game, then two fresh ones in each overtime', () => {
    const book = Scorebook.started('nba');
    for (let i = 0; i < 7; i++) book.log(ev.timeout(HOME));
    expect(book.reason(ev.timeout(HOME))).toBe('team 1 has no timeouts left');
    expect(book.state.teams.visitor.timeoutsLeft).toBe(7);
    endPeriods(book, 1, 4);
    expect(book.state.teams.home.timeoutsLeft).toBe(2);
    expect(book.state.teams.visitor.timeoutsLeft).toBe(2);
  });

  it('fiba: two in the first half, three in the second (unused ones lost), one per extra period', () => {
    const book = Scorebook.started('fiba');
    expect(book.state.teams.home.timeoutsLeft).toBe(2);
    book.log(ev.timeout(HOME));
    endPeriods(book, 1, 1);
    expect(book.state.teams.home.timeoutsLeft).toBe(1);
    endPeriods(book, 2, 2);
    expect(book.state.teams.home.timeoutsLeft).toBe(3);
    endPeriods(book, 3, 4);
    expect(book.state.teams.home.timeoutsLeft).toBe(1);
  });

  it('ncaa_men: four per game, unused ones carry into overtime with one more', () => {
    const book = Scorebook.started('ncaa_men');
    book.log(ev.timeout(VISITOR));
    endPeriods(book, 1, 2);
    expect(book.state.teams.visitor.timeoutsLeft).toBe(4);
    expect(book.state.teams.home.timeoutsLeft).toBe(5);
  });
});

describe('box score', () => {
  it('credits shots, assists, blocks, steals and team-only entries', () => {
    const book = Scorebook.started('nba');
    book.log(
      ev.fg(HOME, 11, 3, true, { assist_player_id: 12 }),
      ev.fg(VISITOR, 21, 2, false, { block_player_id: 13 }),
      ev.reb(VISITOR, null, true),
      ev.tov(VISITOR, null, 14),
      ev.ft(HOME, 14, false),
      ev.reb(HOME, 14, true),
      ev.ft(HOME, 14),
      ev.foul(HOME, null, 'technical'),
    );
    const { home, visitor } = book.state.teams;
    expect(home.players[11]).toMatchObject({ pts: 3, fgm: 1, fga: 1, fg3m: 1, fg3a: 1 });
    expect(home.players[12]?.ast).toBe(1);
    expect(home.players[13]?.blk).toBe(1);
    expect(home.players[14]).toMatchObject({ stl: 1, ftm: 1, fta: 2, oreb: 1, reb: 1, pts: 1 });
    expect(home.totals).toMatchObject({ pts: 4, blk: 1, stl: 1, oreb: 1, reb: 1, tf: 1, pf: 0 });
    expect(visitor.totals).toMatchObject({ fga: 1, fgm: 0, oreb: 1, reb: 1, turnover: 1 });
    expect(Object.values(visitor.players).every((p) => p.reb === 0 && p.turnover === 0)).toBe(true);
    expect(book.state.score).toEqual({ home: 4, visitor: 0 });
  });

  it('keeps points per period, overtime included', () => {
    const book = Scorebook.started('fiba');
    book.log(ev.fg(HOME, 11, 2), ev.end(1), ev.start(2), ev.fg(VISITOR, 21, 3));
    endPeriods(book, 2, 3);
    book.log(ev.ft(HOME, 11), ev.end(4), ev.start(5), ev.fg(HOME, 12, 2), ev.end(5), ev.gameEnd());
    expect(book.state.scoreByPeriod).toEqual({ home: [2, 0, 0, 1, 2], visitor: [0, 3, 0, 0, 0] });
    expect(book.state.status).toBe('final');
  });

  it('plus/minus follows the five on the court at each score', () => {
    const book = Scorebook.started('nba');
    book.log(
      ev.fg(HOME, 11, 3), // home five +3, visitor five -3
      ev.sub(HOME, 16, 11),
      ev.fg(VISITOR, 21, 2), // 12-16 -2, 11 stays +3
      ev.sub(VISITOR, 26, 21),
      ev.ft(HOME, 16), // 12-16 +1, 22-26 -1
    );
    const pm = (side: 'home' | 'visitor') =>
      Object.fromEntries(Object.entries(book.state.teams[side].players).map(([id, p]) => [id, p.plus_minus]));
    expect(pm('home')).toEqual({ 11: 3, 12: 2, 13: 2, 14: 2, 15: 2, 16: -1, 17: 0, 18: 0 });
    expect(pm('visitor')).toEqual({ 21: -1, 22: -2, 23: -2, 24: -2, 25: -2, 26: -1, 27: 0, 28: 0 });
  });
});

describe('apply and replay', () => {
  it('leave the state given to them untouched and make plain JSON', () => {
    const book = Scorebook.started('nba');
    const before = structuredClone(book.state);
    const after = apply(book.state, {
      seq: 4,
      type: 'field_goal',
      data: { team_id: HOME, player_id: 11, points: 2, made: true },
    });
    expect(book.state).toEqual(before);
    expect(after.score.home).toBe(2);
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  });

  it('refuse an event that does not follow the last one', () => {
    const book = Scorebook.started('nba');
    expect(() => apply(book.state, { seq: 3, type: 'timeout', data: { team_id: HOME } })).toThrow('does not follow');
  });

  it('an undone event leaves only the log bookkeeping behind', () => {
    const book = Scorebook.started('nba');
    const shot = book.log(ev.fg(HOME, 11, 3, true, { assist_player_id: 12 }));
    book.log(ev.foul(VISITOR, 21), ev.undo(shot));
    const without = replay(book.setup, book.events.slice(0, 3).concat(book.events[4] ?? []));
    expect({ ...book.state, log: null }).toEqual({ ...without, log: null });
    expect(book.state.log).toEqual({ lastSeq: 6, undos: [6], voided: [4], corrections: {} });
    expect(boxScore(book.state).home.players[11]?.pts).toBe(0);
  });
});

describe('gameSetup', () => {
  it('takes two different teams with five or more players each, nobody on both', () => {
    const ok = setupFor('fiba');
    expect(gameSetup.safeParse(ok).success).toBe(true);
    const bad = [
      { ...ok, ruleSet: 'wnba' },
      { ...ok, visitor: { ...ok.visitor, team_id: HOME } },
      { ...ok, visitor: { ...ok.visitor, player_ids: [11, 22, 23, 24, 25] } },
      { ...ok, home: { ...ok.home, player_ids: [11, 12, 13, 14] } },
      { ...ok, home: { ...ok.home, player_ids: [11, 12, 13, 14, 14] } },
    ];
    for (const setup of bad) expect(gameSetup.safeParse(setup).success).toBe(false);
  });
});
