import { describe, expect, it } from 'vitest';
import { ev, HOME, homeRoster, Scorebook, VISITOR } from '@/test/support/live-scorebook';
import type { LiveEvent } from './events';
import { feed } from './feed';
import { minutesPlayed } from './minutes-played';
import { replay } from './reducer';

const names = { player: (id: number) => `#${id}`, team: (id: number) => `T${id}` };
const at = (period: number, remaining_ms: number) => ({ clock: { period, remaining_ms } });
const withClock = (e: LiveEvent, period: number, remaining_ms: number) =>
  ({ ...e, data: { ...e.data, ...at(period, remaining_ms) } }) as LiveEvent;
const min = (book: Scorebook, player: number, now?: number) => minutesPlayed(book.state, player, now);

describe('the clock in a live game', () => {
  it('runs from the server time it started, stops where the scorer says, and is set', () => {
    const book = Scorebook.started('nba');
    expect(book.state.clock).toMatchObject({ remainingMs: 720_000, running: false, kept: false });
    book.now = 1_000_000;
    book.log(ev.clockStart());
    expect(book.state.clock).toMatchObject({ remainingMs: 720_000, running: true, startedAt: 1_000_000, kept: true });
    book.now = 1_090_000;
    book.log(ev.clockStop());
    expect(book.state.clock).toMatchObject({ remainingMs: 630_000, running: false, startedAt: null });
    book.log(ev.clockStart());
    book.now = 1_100_000;
    book.log(ev.clockStop(625_000));
    expect(book.state.clock.remainingMs).toBe(625_000);
    book.log(ev.clockSet(626_000, 1));
    expect(book.state.clock.remainingMs).toBe(626_000);
  });

  it('refuses clock events that make no sense, with the reason', () => {
    const book = new Scorebook('fiba');
    expect(book.reason(ev.clockStart())).toMatch(/start period 1 first/);
    book.log(ev.starters(HOME, homeRoster.slice(0, 5)), ev.start(1));
    expect(book.reason(ev.clockStop())).toBe('the clock is not running');
    expect(book.reason(ev.clockSet(600_001))).toMatch(/more than period 1 lasts \(10:00\)/);
    expect(book.reason(ev.clockSet(1000, 2))).toMatch(/period 1 is being played/);
    book.log(ev.clockStart());
    expect(book.reason(ev.clockStart())).toBe('the clock is already running');
    book.log(ev.clockStop(0));
    expect(book.reason(ev.clockStart())).toMatch(/no time is left/);
    expect(book.reason(withClock(ev.ft(HOME, 11), 1, 700_000))).toMatch(/more than period 1 lasts/);
    book.log(ev.end(1));
    expect(book.reason(ev.clockStart())).toBe('period 1 has ended');
  });

  it('starts each period, overtime too, at its full length from the rule set', () => {
    const book = Scorebook.started('high_school');
    for (let p = 1; p <= 4; p++) book.log(ev.end(p), ev.start(p + 1));
    expect(book.state.clock.remainingMs).toBe(240_000);
  });
});

describe('minutes played', () => {
  it('come from substitutions and the clock, over periods and overtime, with the clock stopped between', () => {
    const book = Scorebook.started('nba');
    book.now = 0;
    book.log(ev.clockStart());
    book.now = 120_000; // 2:00 of game clock
    book.log(ev.clockStop());
    book.now = 500_000; // a timeout: wall time passes, the game clock does not
    book.log(ev.sub(HOME, 16, 11));
    expect(min(book, 11)).toBe(2);
    expect(min(book, 16, 500_000)).toBe(0);
    book.log(ev.clockStart());
    book.now = 500_000 + 600_000; // 10:00 more: 0:00 left
    expect(min(book, 16, book.now)).toBe(10);
    expect(min(book, 12, book.now)).toBe(12);
    book.log(ev.end(1), ev.start(2));
    book.log(withClock(ev.sub(HOME, 11, 16), 2, 360_000));
    book.log(ev.end(2), ev.start(3), ev.end(3), ev.start(4));
    book.log(ev.ft(HOME, 11), ev.ft(VISITOR, 21));
    book.log(ev.end(4), ev.start(5));
    book.log(withClock(ev.sub(HOME, 17, 12), 5, 60_000), ev.ft(HOME, 17));
    book.log(ev.end(5), ev.gameEnd());
    // 11: 2:00 in Q1, 6:00 in Q2, Q3, Q4 and the 5:00 overtime.
    expect(min(book, 11)).toBe(2 + 6 + 12 + 12 + 5);
    expect(min(book, 16)).toBe(10 + 6);
    expect(min(book, 12)).toBe(48 + 4);
    expect(min(book, 17)).toBe(1);
    const home = homeRoster.map((p) => min(book, p) ?? 0).reduce((a, b) => a + b, 0);
    expect(home).toBe(5 * 53);
    expect(min(book, 21)).toBe(53);
  });

  it('are unknown, not zero, in a game that keeps no clock', () => {
    const book = Scorebook.started('nba');
    book.log(ev.sub(HOME, 16, 11), ev.end(1));
    expect(min(book, 11)).toBeNull();
  });

  it('stamp each play with the clock at it in the feed', () => {
    const book = Scorebook.started('nba');
    book.now = 10_000;
    book.log(ev.clockStart());
    book.now = 40_000;
    const ft = book.log(ev.ft(HOME, 11));
    const fg = book.log(withClock(ev.fg(VISITOR, 21, 2), 1, 650_000));
    const items = feed(book.setup, book.events, names);
    expect(items.find((p) => p.seq === ft)?.clock).toEqual({ period: 1, remaining_ms: 690_000 });
    expect(items.find((p) => p.seq === fg)?.clock).toEqual({ period: 1, remaining_ms: 650_000 });
    // The period started before the scorer kept a clock; it ends with one.
    expect(items.find((p) => p.type === 'period_start')?.clock).toBeNull();
    book.log(ev.end(1));
    expect(feed(book.setup, book.events, names).at(-1)?.clock).toEqual({ period: 1, remaining_ms: 0 });
  });
});

describe('correcting an earlier play', () => {
  it('gives the state of a log where the replacement was logged in its place, and keeps both in the feed', () => {
    const book = Scorebook.started('nba');
    const miss = book.log(ev.fg(HOME, 11, 3, false));
    book.log(ev.reb(VISITOR, 21), ev.fg(VISITOR, 22, 2), ev.foul(HOME, 12));
    const fix = book.log(ev.correct(miss, ev.fg(HOME, 13, 3, true, { assist_player_id: 11 })));
    const direct = new Scorebook('nba');
    direct.log(ev.starters(HOME, homeRoster.slice(0, 5)), ev.starters(VISITOR, [21, 22, 23, 24, 25]), ev.start(1));
    direct.log(ev.fg(HOME, 13, 3, true, { assist_player_id: 11 }), ev.reb(VISITOR, 21), ev.fg(VISITOR, 22, 2), ev.foul(HOME, 12));
    expect({ ...book.state, log: null }).toEqual({ ...direct.state, log: null });
    expect(book.state.log.corrections).toEqual({ [miss]: fix });
    const item = feed(book.setup, book.events, names).find((p) => p.seq === miss);
    expect(item).toMatchObject({ corrected_by: fix, data: { player_id: 13, made: true }, score: { home: 3, visitor: 0 } });
    expect(feed(book.setup, book.events, names).some((p) => p.seq === fix)).toBe(false);
    // Undoing the correction puts the original back.
    book.log(ev.undo(fix));
    expect(replay(book.setup, book.events).score).toEqual({ home: 0, visitor: 2 });
    expect(book.state.score).toEqual({ home: 0, visitor: 2 });
  });

  it('refuses a correction that would break a later play, or corrects what cannot be', () => {
    const book = Scorebook.started('nba');
    const sub = book.log(ev.sub(HOME, 16, 11));
    book.log(ev.fg(HOME, 16, 2));
    expect(book.reason(ev.correct(sub, ev.sub(HOME, 17, 11)))).toBe(
      '#5 would no longer be valid (player 16 is not on the court); correct or undo it first',
    );
    expect(book.reason(ev.correct(sub, ev.sub(HOME, 17, 21)))).toMatch(/^the correction does not fit in the place of #4/);
    const undo = book.log(ev.undo(sub + 1));
    expect(book.reason(ev.correct(undo, ev.ft(HOME, 12)))).toMatch(/is an undo/);
    expect(book.reason(ev.correct(sub + 1, ev.ft(HOME, 12)))).toMatch(/has been undone/);
    expect(book.reason(ev.correct(99, ev.ft(HOME, 12)))).toMatch(/no play #99/);
    const fix = book.log(ev.correct(sub, ev.sub(HOME, 17, 11)));
    expect(book.reason(ev.correct(fix, ev.ft(HOME, 12)))).toMatch(/is a correction: correct #4 itself/);
    expect(book.state.teams.home.onCourt).toContain(17);
  });

  it('moves minutes with a corrected substitution', () => {
    const book = Scorebook.started('nba');
    const sub = book.log(withClock(ev.sub(HOME, 16, 11), 1, 600_000));
    book.log(ev.end(1));
    book.log(ev.correct(sub, withClock(ev.sub(HOME, 16, 11), 1, 300_000)));
    expect([min(book, 11), min(book, 16)]).toEqual([7, 5]);
  });
});
