// A scorebook that logs events through `append` the way the projection will.
import type { FoulKind, LiveEvent, LiveEventData, LoggedEvent } from '../../lib/basketball/live/events';
import { append } from '../../lib/basketball/live/reducer';
import type { RuleSetName } from '../../lib/basketball/live/rules';
import { type GameSetup, type GameState, initialState } from '../../lib/basketball/live/state';

export const HOME = 1;
export const VISITOR = 2;
export const homeRoster = [11, 12, 13, 14, 15, 16, 17, 18];
export const visitorRoster = [21, 22, 23, 24, 25, 26, 27, 28];

export const setupFor = (ruleSet: RuleSetName): GameSetup => ({
  ruleSet,
  home: { team_id: HOME, player_ids: homeRoster },
  visitor: { team_id: VISITOR, player_ids: visitorRoster },
});

export const ev = {
  start: (period: number): LiveEvent => ({ type: 'period_start', data: { period } }),
  end: (period: number): LiveEvent => ({ type: 'period_end', data: { period } }),
  gameEnd: (): LiveEvent => ({ type: 'game_end', data: {} }),
  fg: (
    team_id: number,
    player_id: number,
    points: 2 | 3,
    made = true,
    extra: Pick<LiveEventData<'field_goal'>, 'assist_player_id' | 'block_player_id' | 'x' | 'y'> = {},
  ): LiveEvent => ({ type: 'field_goal', data: { team_id, player_id, points, made, ...extra } }),
  ft: (team_id: number, player_id: number, made = true): LiveEvent => ({
    type: 'free_throw',
    data: { team_id, player_id, made },
  }),
  reb: (team_id: number, player_id: number | null, offensive = false): LiveEvent => ({
    type: 'rebound',
    data: { team_id, player_id, offensive },
  }),
  tov: (team_id: number, player_id: number | null, steal_player_id?: number): LiveEvent => ({
    type: 'turnover',
    data: steal_player_id === undefined ? { team_id, player_id } : { team_id, player_id, steal_player_id },
  }),
  foul: (team_id: number, player_id: number | null, kind: FoulKind = 'personal'): LiveEvent => ({
    type: 'foul',
    data: { team_id, player_id, kind },
  }),
  sub: (team_id: number, player_in_id: number, player_out_id: number): LiveEvent => ({
    type: 'substitution',
    data: { team_id, player_in_id, player_out_id },
  }),
  starters: (team_id: number, player_ids: number[]): LiveEvent => ({ type: 'starters', data: { team_id, player_ids } }),
  timeout: (team_id: number): LiveEvent => ({ type: 'timeout', data: { team_id } }),
  jump: (winner_team_id: number): LiveEvent => ({ type: 'jump_ball', data: { winner_team_id } }),
  undo: (seq: number): LiveEvent => ({ type: 'undo', data: { seq } }),
  clockStart: (): LiveEvent => ({ type: 'clock_started', data: {} }),
  clockStop: (remaining_ms?: number): LiveEvent => ({
    type: 'clock_stopped',
    data: remaining_ms === undefined ? {} : { remaining_ms },
  }),
  clockSet: (remaining_ms: number, period?: number): LiveEvent => ({
    type: 'clock_set',
    data: period === undefined ? { remaining_ms } : { remaining_ms, period },
  }),
  correct: (seq: number, replacement: LiveEvent): LiveEvent =>
    ({ type: 'play_corrected', data: { seq, replacement: { type: replacement.type, ...replacement.data } } }) as LiveEvent,
};

/** A game's log and state, appended to one event at a time. */
export class Scorebook {
  readonly setup: GameSetup;
  state: GameState;
  readonly events: LoggedEvent[] = [];
  /** The server time the next events are logged at (epoch ms), as the store stamps them; unset: no time. */
  now: number | undefined;

  constructor(setup: GameSetup | RuleSetName = 'nba') {
    this.setup = typeof setup === 'string' ? setupFor(setup) : setup;
    this.state = initialState(this.setup);
  }

  /** Why the event would be refused now, or null (nothing is logged). */
  reason(event: LiveEvent): string | null {
    const outcome = append(this.state, this.next(event), this.events);
    return outcome.ok ? null : outcome.reason;
  }

  /** Logs events that must be accepted; returns the seq of the last one. */
  log(...events: LiveEvent[]): number {
    for (const event of events) {
      const logged = this.next(event);
      const outcome = append(this.state, logged, this.events);
      if (!outcome.ok) throw new Error(`${event.type} refused: ${outcome.reason}`);
      this.state = outcome.state;
      this.events.push(logged);
    }
    return this.state.log.lastSeq;
  }

  private next(event: LiveEvent): LoggedEvent {
    const seq = this.state.log.lastSeq + 1;
    return (this.now === undefined ? { ...event, seq } : { ...event, seq, at: this.now }) as LoggedEvent;
  }

  /** A started game: period 1 running, both starting fives on the court. */
  static started(ruleSet: RuleSetName = 'nba'): Scorebook {
    const book = new Scorebook(ruleSet);
    book.log(ev.starters(HOME, homeRoster.slice(0, 5)), ev.starters(VISITOR, visitorRoster.slice(0, 5)), ev.start(1));
    return book;
  }
}
