// Whether an event may be logged now: a human reason when it breaks a rule of the game, else null.
// Only what the state can tell; that an undo leaves the rest of the log valid is `append`'s job.
import { stampProblem } from './clock';
import type { LiveEvent, LiveEventData } from './events';
import { type GameState, isOnRoster, otherSide, rulesOf, type Side, sideOf } from './state';

type GameClockEvent = Extract<LiveEvent, { type: 'clock_started' | 'clock_stopped' | 'clock_set' }>;
type Play = Exclude<LiveEvent, { type: 'period_start' | 'period_end' | 'game_end' | 'undo' | 'play_corrected' } | GameClockEvent>;

export function check(state: GameState, event: LiveEvent): string | null {
  switch (event.type) {
    case 'undo':
      return checkUndo(state, event.data.seq);
    // A final game's plays may still be corrected: the replay checks the replacement in its place.
    case 'play_corrected':
      return checkCorrection(state, event.data.seq);
    case 'period_start':
    case 'period_end':
    case 'game_end':
      return state.status === 'final' ? 'the game is over' : checkClock(state, event);
    case 'clock_started':
    case 'clock_stopped':
    case 'clock_set':
      return state.status === 'final' ? 'the game is over' : checkGameClock(state, event);
    default: {
      if (state.status === 'final') return 'the game is over';
      const reading = event.data.clock;
      return (reading && stampProblem(rulesOf(state), state.period, reading)) || checkPlay(state, event);
    }
  }
}

function checkCorrection(state: GameState, seq: number): string | null {
  const { lastSeq, undos, voided } = state.log;
  if (seq > lastSeq) return `there is no play #${seq} to correct`;
  if (undos.includes(seq)) return `#${seq} is an undo: log the play again instead`;
  if (voided.includes(seq)) return `#${seq} has been undone: log the play again instead`;
  return null;
}

function checkGameClock(state: GameState, event: GameClockEvent): string | null {
  if (!state.periodRunning) {
    return state.period === 0 ? 'the game has not started: start period 1 first' : `period ${state.period} has ended`;
  }
  const { clock } = state;
  switch (event.type) {
    case 'clock_started':
      if (clock.running) return 'the clock is already running';
      return clock.remainingMs > 0 ? null : `no time is left in period ${state.period}; end it or set the clock`;
    case 'clock_stopped':
      if (!clock.running) return 'the clock is not running';
      return event.data.remaining_ms === undefined
        ? null
        : stampProblem(rulesOf(state), state.period, { period: state.period, remaining_ms: event.data.remaining_ms });
    case 'clock_set':
      return stampProblem(rulesOf(state), state.period, {
        period: event.data.period ?? state.period,
        remaining_ms: event.data.remaining_ms,
      });
  }
}

function checkUndo(state: GameState, seq: number): string | null {
  const { lastSeq, undos, voided } = state.log;
  if (seq > lastSeq) return `there is no event #${seq} to undo`;
  if (undos.includes(seq)) return `#${seq} is itself an undo; log the event again instead`;
  if (voided.includes(seq)) return `#${seq} has already been undone`;
  return null;
}

const tied = (s: GameState) => s.score.home === s.score.visitor;

function checkClock(state: GameState, event: Extract<LiveEvent, { type: 'period_start' | 'period_end' | 'game_end' }>) {
  const rules = rulesOf(state);
  if (event.type === 'period_end') {
    if (!state.periodRunning) return `period ${event.data.period} is not running`;
    return event.data.period === state.period ? null : `period ${event.data.period} is not running (period ${state.period} is)`;
  }
  if (state.periodRunning) return `period ${state.period} is still running; end it first`;
  // A game ends between periods, after regulation, on a decided score: forfeits and suspended
  // games are not live scoring's business, and a tie means overtime.
  if (event.type === 'game_end') {
    if (state.status === 'scheduled') return 'the game has not started';
    if (state.period < rules.periods) return `only ${state.period} of ${rules.periods} periods have been played`;
    return tied(state) ? `the score is tied at ${state.score.home}; play overtime` : null;
  }
  const next = state.period + 1;
  if (event.data.period !== next) return `the next period is ${next}, not ${event.data.period}`;
  if (next > rules.periods && !tied(state))
    return `overtime is played only on a tie (it is ${state.score.home}–${state.score.visitor})`;
  return null;
}

function checkPlay(state: GameState, event: Play): string | null {
  if (event.type === 'starters' || event.type === 'substitution') return checkLineup(state, event);
  if (state.status === 'scheduled') return 'the game has not started: no period has begun';
  if (!state.periodRunning) return `period ${state.period} has ended; start period ${state.period + 1} first`;
  const teamId = event.type === 'jump_ball' ? event.data.winner_team_id : event.data.team_id;
  const side = sideOf(state, teamId);
  if (!side) return `team ${teamId} is not playing in this game`;
  switch (event.type) {
    case 'jump_ball':
      return null;
    case 'timeout':
      return state.teams[side].timeoutsLeft > 0 ? null : `team ${teamId} has no timeouts left`;
    case 'field_goal':
      return checkShot(state, side, event.data);
    case 'free_throw':
      return playerProblem(state, side, event.data.player_id);
    case 'rebound':
      return event.data.player_id === null ? null : playerProblem(state, side, event.data.player_id);
    case 'turnover': {
      const { player_id, steal_player_id } = event.data;
      if (player_id !== null)
        return playerProblem(state, side, player_id) ?? opponentProblem(state, side, steal_player_id, 'steal');
      return opponentProblem(state, side, steal_player_id, 'steal');
    }
    case 'foul': {
      const { player_id, kind } = event.data;
      // Technicals can be called on the bench, and on a player already out of the game.
      return player_id === null ? null : playerProblem(state, side, player_id, kind === 'technical');
    }
  }
}

function checkShot(state: GameState, side: Side, shot: LiveEventData<'field_goal'>): string | null {
  const shooter = playerProblem(state, side, shot.player_id);
  if (shooter) return shooter;
  if (shot.assist_player_id !== undefined) {
    if (!shot.made) return 'a missed shot cannot be assisted';
    if (shot.assist_player_id === shot.player_id) return 'a shooter cannot assist their own shot';
    if (isOnRoster(state, otherSide(side), shot.assist_player_id))
      return `assist by player ${shot.assist_player_id} of the other team`;
    const assist = playerProblem(state, side, shot.assist_player_id);
    if (assist) return `assist: ${assist}`;
  }
  if (shot.block_player_id !== undefined) {
    if (shot.made) return 'a made shot cannot have been blocked';
    return opponentProblem(state, side, shot.block_player_id, 'block');
  }
  return null;
}

/** A defensive credit (block, steal) must go to a player of the other team who is in the game. */
function opponentProblem(state: GameState, side: Side, playerId: number | undefined, what: string): string | null {
  if (playerId === undefined) return null;
  if (isOnRoster(state, side, playerId)) return `${what} by player ${playerId} of the same team`;
  const problem = playerProblem(state, otherSide(side), playerId);
  return problem && `${what}: ${problem}`;
}

/** Why `playerId` cannot make a play for `side` now, if they cannot. */
function playerProblem(state: GameState, side: Side, playerId: number, offCourtAllowed = false): string | null {
  const team = state.teams[side];
  if (!isOnRoster(state, side, playerId)) {
    return isOnRoster(state, otherSide(side), playerId)
      ? `player ${playerId} plays for team ${state.teams[otherSide(side)].team_id}, not team ${team.team_id}`
      : `player ${playerId} is not on team ${team.team_id}'s roster`;
  }
  if (offCourtAllowed) return null;
  if (team.fouledOut.includes(playerId)) return `player ${playerId} has fouled out`;
  // Until the starters are logged nobody knows who is on the court, so anyone on the roster may play.
  if (team.onCourt.length > 0 && !team.onCourt.includes(playerId)) return `player ${playerId} is not on the court`;
  return null;
}

function checkLineup(state: GameState, event: Extract<Play, { type: 'starters' | 'substitution' }>): string | null {
  const side = sideOf(state, event.data.team_id);
  if (!side) return `team ${event.data.team_id} is not playing in this game`;
  const team = state.teams[side];
  const rosterProblem = (p: number) =>
    isOnRoster(state, side, p) ? null : `player ${p} is not on team ${team.team_id}'s roster`;
  if (event.type === 'starters') {
    if (team.onCourt.length > 0) return `team ${team.team_id}'s starters are already set; use substitutions`;
    for (const p of event.data.player_ids) {
      const problem = rosterProblem(p) ?? (team.fouledOut.includes(p) ? `player ${p} has fouled out` : null);
      if (problem) return problem;
    }
    return null;
  }
  const { player_in_id: into, player_out_id: out } = event.data;
  const problem = rosterProblem(into) ?? rosterProblem(out);
  if (problem) return problem;
  if (team.onCourt.length === 0) return `team ${team.team_id} has no one on the court yet; log its starters first`;
  if (!team.onCourt.includes(out)) return `player ${out} is not on the court`;
  if (team.onCourt.includes(into)) return `player ${into} is already on the court`;
  if (team.fouledOut.includes(into)) return `player ${into} has fouled out and cannot come back in`;
  return null;
}
