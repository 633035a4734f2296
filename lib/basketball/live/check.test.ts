import { describe, expect, it } from 'vitest';
import { ev, HOME, homeRoster, Scorebook, VISITOR } from '@/test/support/live-scorebook';
import type { LiveEvent } from './events';

/** A started NBA game where home's 11–15 and visitor's 21–25 are on the court. */
const started = () => Scorebook.started('nba');

const playCases: { name: string; event: LiveEvent; reason: string }[] = [
  { name: 'a team not in this game', event: ev.fg(9, 11, 2), reason: 'team 9 is not playing in this game' },
  { name: 'a player of the other team', event: ev.fg(HOME, 21, 2), reason: 'player 21 plays for team 2, not team 1' },
  { name: 'a player on no roster', event: ev.ft(HOME, 99), reason: "player 99 is not on team 1's roster" },
  { name: 'a player on the bench', event: ev.reb(HOME, 16), reason: 'player 16 is not on the court' },
  {
    name: 'an assist by the other team',
    event: ev.fg(HOME, 11, 2, true, { assist_player_id: 22 }),
    reason: 'assist by player 22 of the other team',
  },
  {
    name: 'an assist by the shooter',
    event: ev.fg(HOME, 11, 2, true, { assist_player_id: 11 }),
    reason: 'a shooter cannot assist their own shot',
  },
  {
    name: 'an assist on a miss',
    event: ev.fg(HOME, 11, 2, false, { assist_player_id: 12 }),
    reason: 'a missed shot cannot be assisted',
  },
  {
    name: 'an assist from the bench',
    event: ev.fg(HOME, 11, 2, true, { assist_player_id: 17 }),
    reason: 'assist: player 17 is not on the court',
  },
  {
    name: 'a block by a teammate',
    event: ev.fg(HOME, 11, 3, false, { block_player_id: 12 }),
    reason: 'block by player 12 of the same team',
  },
  {
    name: 'a block of a made shot',
    event: ev.fg(HOME, 11, 3, true, { block_player_id: 21 }),
    reason: 'a made shot cannot have been blocked',
  },
  { name: 'a steal by a teammate', event: ev.tov(HOME, 11, 12), reason: 'steal by player 12 of the same team' },
  { name: 'a steal from the bench', event: ev.tov(HOME, null, 27), reason: 'steal: player 27 is not on the court' },
  { name: 'a foul by a bench player', event: ev.foul(VISITOR, 26), reason: 'player 26 is not on the court' },
  { name: 'a substitution of a player not on court', event: ev.sub(HOME, 17, 16), reason: 'player 16 is not on the court' },
  { name: 'a substitution of a player already on', event: ev.sub(HOME, 12, 11), reason: 'player 12 is already on the court' },
  { name: 'a substitution from another roster', event: ev.sub(HOME, 26, 11), reason: "player 26 is not on team 1's roster" },
  {
    name: 'starters twice',
    event: ev.starters(HOME, homeRoster.slice(1, 6)),
    reason: "team 1's starters are already set; use substitutions",
  },
  { name: 'period_start while a period runs', event: ev.start(2), reason: 'period 1 is still running; end it first' },
  { name: 'period_end of another period', event: ev.end(2), reason: 'period 2 is not running (period 1 is)' },
  { name: 'game_end while a period runs', event: ev.gameEnd(), reason: 'period 1 is still running; end it first' },
  { name: 'an undo of a seq not logged', event: ev.undo(40), reason: 'there is no event #40 to undo' },
];

describe('check: plays against the rules of the game', () => {
  it.each(playCases)('refuses $name', ({ event, reason }) => {
    expect(started().reason(event)).toBe(reason);
  });

  it('accepts the same kinds of play when they are legal', () => {
    const book = started();
    book.log(
      ev.jump(HOME),
      ev.fg(HOME, 11, 3, true, { assist_player_id: 12, x: 0.1, y: 0.2 }),
      ev.fg(VISITOR, 21, 2, false, { block_player_id: 13 }),
      ev.reb(HOME, null),
      ev.tov(HOME, 11, 22),
      ev.foul(VISITOR, null, 'technical'),
      ev.foul(HOME, 16, 'technical'),
      ev.sub(HOME, 16, 11),
      ev.ft(HOME, 16),
    );
    expect(book.state.score).toEqual({ home: 4, visitor: 0 });
  });
});

describe('check: before the game, between periods and after it', () => {
  it('refuses plays before the first period_start, but takes starters', () => {
    const book = new Scorebook('nba');
    expect(book.reason(ev.fg(HOME, 11, 2))).toBe('the game has not started: no period has begun');
    expect(book.reason(ev.timeout(HOME))).toBe('the game has not started: no period has begun');
    expect(book.reason(ev.sub(HOME, 16, 11))).toBe('team 1 has no one on the court yet; log its starters first');
    expect(book.reason(ev.starters(HOME, [11, 12, 13, 14, 21]))).toBe("player 21 is not on team 1's roster");
    expect(book.reason(ev.starters(HOME, homeRoster.slice(0, 5)))).toBeNull();
  });

  it('lets anyone on the roster play until the starters are logged', () => {
    const book = new Scorebook('nba');
    book.log(ev.start(1), ev.fg(HOME, 18, 2));
    expect(book.state.teams.home.players[18]?.pts).toBe(2);
  });

  it('starts with period 1 and goes one period at a time', () => {
    const book = new Scorebook('nba');
    expect(book.reason(ev.start(2))).toBe('the next period is 1, not 2');
    expect(book.reason(ev.end(1))).toBe('period 1 is not running');
    expect(book.reason(ev.gameEnd())).toBe('the game has not started');
    book.log(ev.start(1), ev.end(1));
    expect(book.reason(ev.end(1))).toBe('period 1 is not running');
    expect(book.reason(ev.start(3))).toBe('the next period is 2, not 3');
    expect(book.reason(ev.ft(HOME, 11))).toBe('period 1 has ended; start period 2 first');
    expect(book.reason(ev.start(2))).toBeNull();
  });

  it('ends the game only after regulation, between periods, and not on a tie', () => {
    const book = new Scorebook('fiba');
    book.log(ev.start(1), ev.fg(HOME, 11, 2), ev.end(1));
    expect(book.reason(ev.gameEnd())).toBe('only 1 of 4 periods have been played');
    book.log(ev.start(2), ev.end(2), ev.start(3), ev.end(3), ev.start(4), ev.fg(VISITOR, 21, 2), ev.end(4));
    expect(book.reason(ev.gameEnd())).toBe('the score is tied at 2; play overtime');
    book.log(ev.start(5), ev.ft(VISITOR, 21), ev.end(5));
    expect(book.reason(ev.start(6))).toBe('overtime is played only on a tie (it is 2–3)');
    book.log(ev.gameEnd());
    expect(book.state.status).toBe('final');
    for (const event of [ev.fg(HOME, 11, 2), ev.start(6), ev.sub(HOME, 12, 11), ev.gameEnd()]) {
      expect(book.reason(event)).toBe('the game is over');
    }
  });
});

describe('check: undo', () => {
  it('refuses to undo an undo, or the same event twice', () => {
    const book = started();
    const shot = book.log(ev.fg(HOME, 11, 2));
    const undo = book.log(ev.undo(shot));
    expect(book.reason(ev.undo(shot))).toBe(`#${shot} has already been undone`);
    expect(book.reason(ev.undo(undo))).toBe(`#${undo} is itself an undo; log the event again instead`);
  });

  it('refuses an undo that would leave a later event breaking the rules', () => {
    const book = started();
    const sub = book.log(ev.sub(HOME, 16, 11));
    book.log(ev.fg(HOME, 16, 2));
    expect(book.reason(ev.undo(sub))).toBe('#5 would no longer be valid (player 16 is not on the court); undo it first');
    book.log(ev.undo(5));
    expect(book.reason(ev.undo(sub))).toBeNull();
  });

  it('validates what follows an undo against the state without the voided event', () => {
    const book = started();
    const timeouts = book.state.teams.home.timeoutsLeft;
    const sub = book.log(ev.sub(HOME, 16, 11));
    book.log(ev.undo(sub));
    expect(book.reason(ev.fg(HOME, 16, 2))).toBe('player 16 is not on the court');
    expect(book.reason(ev.fg(HOME, 11, 2))).toBeNull();
    const timeout = book.log(ev.timeout(HOME));
    book.log(ev.undo(timeout));
    expect(book.state.teams.home.timeoutsLeft).toBe(timeouts);
  });
});
