// The one reducer of a live game. `append` is what the projection calls for each new event:
//   check → apply, or for an undo or a correction: replay the log without the voided seq, or with
//   the replacement in the corrected play's place.
// Undo and correction are replays, not inverses, so a voided or replaced event leaves no trace (not
// in bonus state, lineups, fouled-out lists, plus/minus or minutes) and validation after them runs
// on the state the corrected log gives.
import { check } from './check';
import { periodLengthMs, remainingAt } from './clock';
import type { FoulKind, LiveEvent, LoggedEvent, LoggedPlay } from './events';
import { enter, leave } from './minutes';
import { bonusThresholds, foulsResetAt, timeoutsAtStart } from './rules';
import { type GameSetup, type GameState, initialState, type Line, otherSide, rulesOf, type Side, sideOf, sides } from './state';

export { check } from './check';
export { initialState } from './state';

export type Outcome = { ok: true; state: GameState } | { ok: false; reason: string };

/**
 * Checks and applies the next event of the stream. `history` is every event logged before this one
 * and is read only by an undo or a correction, which replay the log: refused when the log would then
 * have a later event breaking the rules (undo or correct that one first). Other events need none.
 */
export function append(state: GameState, event: LoggedEvent, history: readonly LoggedEvent[]): Outcome {
  const reason = check(state, event);
  if (reason) return { ok: false, reason };
  if (event.type !== 'undo' && event.type !== 'play_corrected') return { ok: true, state: apply(state, event) };
  if (history.length !== state.log.lastSeq) throw new Error(`${event.type} needs the ${state.log.lastSeq} events before it`);
  if (event.type === 'play_corrected') {
    const target = history.find((e) => e.seq === event.data.seq);
    if (target?.type === 'undo') return { ok: false, reason: `#${event.data.seq} is an undo: log the play again instead` };
    if (target?.type === 'play_corrected')
      return { ok: false, reason: `#${event.data.seq} is a correction: correct #${target.data.seq} itself` };
  }
  return replayChecked(state.setup, [...history, event]);
}

/** Applies one play that passed `check`; never an undo or a correction (see `append`). */
export function apply(state: GameState, event: LoggedPlay): GameState {
  if (event.seq <= state.log.lastSeq) throw new Error(`event #${event.seq} does not follow #${state.log.lastSeq}`);
  const next = structuredClone(state);
  mutate(next, event);
  next.log.lastSeq = event.seq;
  return next;
}

export interface EffectivePlay {
  /** The play as it stands: the latest correction's replacement, at the original's seq and time. */
  event: LoggedPlay;
  voided: boolean;
  /** The seq of the correction in force, if the play was corrected. */
  correctedBy: number | null;
}

/**
 * The log with undos and corrections resolved: every play in its place, replaced by its correction
 * (one the undo of which restores the original), voided when undone.
 */
export function effectivePlays(events: readonly LoggedEvent[]) {
  const voided = new Set<number>();
  const undos: number[] = [];
  for (const e of events) {
    if (e.type !== 'undo') continue;
    undos.push(e.seq);
    voided.add(e.data.seq);
  }
  const corrections: Record<number, number> = {};
  const replacements = new Map<number, LiveEvent>();
  for (const e of events) {
    if (e.type !== 'play_corrected' || voided.has(e.seq)) continue;
    const { type, ...data } = e.data.replacement;
    corrections[e.data.seq] = e.seq;
    replacements.set(e.data.seq, { type, data } as LiveEvent);
  }
  const plays: EffectivePlay[] = [];
  for (const e of events) {
    if (e.type === 'undo' || e.type === 'play_corrected') continue;
    const replacement = replacements.get(e.seq);
    plays.push({
      event: (replacement ? { ...replacement, seq: e.seq, at: e.at } : e) as LoggedPlay,
      voided: voided.has(e.seq),
      correctedBy: corrections[e.seq] ?? null,
    });
  }
  return { plays, log: { lastSeq: events.at(-1)?.seq ?? 0, undos, voided: [...voided], corrections } };
}

/** The state after a whole log: undone events, undos and corrections leave no trace but the log bookkeeping. */
export function replay(setup: GameSetup, events: readonly LoggedEvent[]): GameState {
  const { plays, log } = effectivePlays(events);
  const state = initialState(setup);
  for (const p of plays) if (!p.voided) mutate(state, p.event);
  state.log = log;
  return state;
}

function replayChecked(setup: GameSetup, events: readonly LoggedEvent[]): Outcome {
  const { plays, log } = effectivePlays(events);
  const last = events.at(-1);
  const state = initialState(setup);
  for (const { event: e, voided, correctedBy } of plays) {
    if (voided) continue;
    const reason = check(state, e);
    if (reason) {
      if (correctedBy !== null && correctedBy === last?.seq)
        return { ok: false, reason: `the correction does not fit in the place of #${e.seq} (${reason})` };
      const fix = last?.type === 'play_corrected' ? 'correct or undo it first' : 'undo it first';
      return { ok: false, reason: `#${e.seq} would no longer be valid (${reason}); ${fix}` };
    }
    mutate(state, e);
  }
  state.log = log;
  return { ok: true, state };
}

// In place on a private copy: `apply` clones once, `replay` folds into one fresh state.
function mutate(s: GameState, e: LoggedPlay) {
  if ('clock' in e.data && e.data.clock) s.clock.kept = true;
  switch (e.type) {
    case 'period_start':
      startPeriod(s, e.data.period);
      break;
    case 'period_end':
      // The period is over however the scorer's clock stood: its whole length has been played.
      leave(s.minutes, onCourt(s), 0);
      s.clock = { ...s.clock, remainingMs: 0, startedAt: null, running: false };
      s.periodRunning = false;
      break;
    case 'clock_started':
      s.clock = { ...s.clock, startedAt: e.at ?? null, running: true, kept: true };
      break;
    case 'clock_stopped':
      s.clock = {
        ...s.clock,
        remainingMs: e.data.remaining_ms ?? remainingAt(s.clock, e.at),
        startedAt: null,
        running: false,
        kept: true,
      };
      break;
    case 'clock_set':
      s.clock = { ...s.clock, remainingMs: e.data.remaining_ms, startedAt: s.clock.running ? (e.at ?? null) : null, kept: true };
      break;
    case 'game_end':
      s.status = 'final';
      break;
    case 'jump_ball':
      break; // possession is not tracked
    case 'starters':
      withSide(s, e.data.team_id, (side) => {
        s.teams[side].onCourt = [...e.data.player_ids];
      });
      // Before the period starts its start puts them on the clock; after, they came on at this reading.
      if (s.periodRunning) enter(s.minutes, e.data.player_ids, stamp(s, e));
      break;
    case 'substitution':
      withSide(s, e.data.team_id, (side) => {
        const team = s.teams[side];
        team.onCourt = team.onCourt.map((p) => (p === e.data.player_out_id ? e.data.player_in_id : p));
      });
      if (s.periodRunning) {
        const at = stamp(s, e);
        leave(s.minutes, [e.data.player_out_id], at);
        enter(s.minutes, [e.data.player_in_id], at);
      }
      break;
    case 'timeout':
      withSide(s, e.data.team_id, (side) => {
        s.teams[side].timeoutsLeft = Math.max(0, s.teams[side].timeoutsLeft - 1);
      });
      break;
    default:
      withSide(s, e.data.team_id, (side) => applyBoxPlay(s, side, e));
  }
}

function withSide(s: GameState, teamId: number, fn: (side: Side) => void) {
  const side = sideOf(s, teamId);
  if (side) fn(side);
}

/** Where the game clock stood at a play: the scorer's reading on it, else the clock's state at the time it was logged. */
export function stamp(s: GameState, e: LoggedPlay): number {
  const reading = 'clock' in e.data ? e.data.clock : undefined;
  return reading ? reading.remaining_ms : remainingAt(s.clock, e.at);
}

const onCourt = (s: GameState) => [...s.teams.home.onCourt, ...s.teams.visitor.onCourt];

function startPeriod(s: GameState, period: number) {
  const rules = rulesOf(s);
  s.status = 'live';
  s.period = period;
  s.periodRunning = true;
  s.clock = { ...s.clock, remainingMs: periodLengthMs(rules, period), startedAt: null, running: false };
  enter(s.minutes, onCourt(s), s.clock.remainingMs);
  for (const side of sides) {
    while (s.scoreByPeriod[side].length < period) s.scoreByPeriod[side].push(0);
    const team = s.teams[side];
    if (foulsResetAt(rules, period)) team.teamFouls = 0;
    team.opponentBonus = bonusState(s, team.teamFouls);
    team.timeoutsLeft = timeoutsAtStart(rules, period, team.timeoutsLeft);
  }
}

function bonusState(s: GameState, teamFouls: number): GameState['teams']['home']['opponentBonus'] {
  const { bonusAt, doubleBonusAt } = bonusThresholds(rulesOf(s), s.period);
  const nextFoul = teamFouls + 1;
  if (doubleBonusAt !== undefined && nextFoul >= doubleBonusAt) return 'double_bonus';
  return nextFoul >= bonusAt ? 'bonus' : 'none';
}

/** Adds to the team's totals and, when there is one, the player's line. */
function credit(s: GameState, side: Side, playerId: number | null | undefined, add: Partial<Line>) {
  const team = s.teams[side];
  const player = playerId == null ? undefined : team.players[playerId];
  for (const [key, n] of Object.entries(add) as [keyof Line, number][]) {
    team.totals[key] += n;
    if (player) player[key] += n;
  }
}

function score(s: GameState, side: Side, points: number) {
  s.score[side] += points;
  const byPeriod = s.scoreByPeriod[side];
  byPeriod[Math.max(s.period, 1) - 1] = (byPeriod[Math.max(s.period, 1) - 1] ?? 0) + points;
  for (const [who, sign] of [
    [side, 1],
    [otherSide(side), -1],
  ] as const) {
    const team = s.teams[who];
    for (const p of team.onCourt) {
      const line = team.players[p];
      if (line) line.plus_minus += sign * points;
    }
  }
}

function applyBoxPlay(
  s: GameState,
  side: Side,
  e: Extract<LoggedPlay, { type: 'field_goal' | 'free_throw' | 'rebound' | 'turnover' | 'foul' }>,
) {
  const opp = otherSide(side);
  switch (e.type) {
    case 'field_goal': {
      const { player_id, points, made } = e.data;
      const three = points === 3 ? 1 : 0;
      credit(s, side, player_id, { fga: 1, fg3a: three });
      if (made) {
        credit(s, side, player_id, { fgm: 1, fg3m: three, pts: points });
        score(s, side, points);
        if (e.data.assist_player_id !== undefined) credit(s, side, e.data.assist_player_id, { ast: 1 });
      } else if (e.data.block_player_id !== undefined) credit(s, opp, e.data.block_player_id, { blk: 1 });
      return;
    }
    case 'free_throw':
      credit(s, side, e.data.player_id, { fta: 1 });
      if (e.data.made) {
        credit(s, side, e.data.player_id, { ftm: 1, pts: 1 });
        score(s, side, 1);
      }
      return;
    case 'rebound':
      credit(s, side, e.data.player_id, { reb: 1, [e.data.offensive ? 'oreb' : 'dreb']: 1 });
      return;
    case 'turnover':
      credit(s, side, e.data.player_id, { turnover: 1 });
      if (e.data.steal_player_id !== undefined) credit(s, opp, e.data.steal_player_id, { stl: 1 });
      return;
    case 'foul':
      return foul(s, side, e.data.player_id, e.data.kind);
  }
}

// A player who fouls out stays in `onCourt` until the scorer logs the substitution (a substitution
// needs someone to take off); `check` refuses any play by them meanwhile.
function foul(s: GameState, side: Side, playerId: number | null, kind: FoulKind) {
  const rules = rulesOf(s);
  const team = s.teams[side];
  credit(s, side, playerId, { pf: rules.fouls.personal[kind] ? 1 : 0, tf: kind === 'technical' ? 1 : 0 });
  if (rules.fouls.team[kind]) {
    team.teamFouls += 1;
    team.opponentBonus = bonusState(s, team.teamFouls);
  }
  const line = playerId === null ? undefined : team.players[playerId];
  if (!line || playerId === null || team.fouledOut.includes(playerId)) return;
  if (line.pf >= rules.foulOutLimit || line.tf >= rules.fouls.ejectAfterTechnicals) team.fouledOut.push(playerId);
}
