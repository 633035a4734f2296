// The play-by-play feed: every logged play but the undos and corrections, in its place — as corrected,
// marked edited; marked voided when undone — with the game clock at it, the score after it and one
// line of text. Scores come from the same fold as the reducer's replay.
import { formatClock, periodLengthMs } from './clock';
import type { ClockStamp, LiveEvent, LiveEventData, LoggedEvent, LoggedPlay } from './events';
import { apply, effectivePlays, stamp } from './reducer';
import { type RuleSet, ruleSets } from './rules';
import { type GameSetup, type GameState, initialState, type Side } from './state';

export interface Names {
  player(id: number): string;
  team(id: number): string;
}

export type FeedItem = {
  [T in LoggedPlay['type']]: {
    seq: number;
    type: T;
    period: number;
    data: LiveEventData<T>;
    voided: boolean;
    /** The seq of the correction in force, when the play was corrected (`data` is then the replacement). */
    corrected_by: number | null;
    /** The game clock at the play; null when the game keeps no clock. */
    clock: ClockStamp | null;
    score: Record<Side, number>;
    description: string;
  };
}[LoggedPlay['type']];

export function feed(setup: GameSetup, events: readonly LoggedEvent[], names: Names): FeedItem[] {
  const rules = ruleSets[setup.ruleSet];
  let state = initialState(setup);
  const items: FeedItem[] = [];
  for (const { event: e, voided, correctedBy } of effectivePlays(events).plays) {
    const before = state;
    if (!voided) state = apply(state, e);
    const period = e.type === 'period_start' || e.type === 'period_end' ? e.data.period : state.period;
    items.push({
      seq: e.seq,
      type: e.type,
      period,
      data: e.data,
      voided,
      corrected_by: correctedBy,
      clock: clockAt(rules, before, state, e),
      score: { ...state.score },
      description: describePlay(e, names, rules),
    } as FeedItem);
  }
  return items;
}

function clockAt(rules: RuleSet, before: GameState, after: GameState, e: LoggedPlay): ClockStamp | null {
  if ('clock' in e.data && e.data.clock) return e.data.clock;
  // A game without a clock shows none, not a clock stuck at the start of every period.
  if (!after.clock.kept) return null;
  if (e.type === 'period_start') return { period: e.data.period, remaining_ms: periodLengthMs(rules, e.data.period) };
  if (e.type === 'period_end') return { period: e.data.period, remaining_ms: 0 };
  if (before.period === 0 || e.type === 'game_end') return null;
  const setsClock = e.type === 'clock_set' || e.type === 'clock_stopped';
  return { period: before.period, remaining_ms: setsClock && after !== before ? after.clock.remainingMs : stamp(before, e) };
}

export function periodLabel(rules: RuleSet, period: number): string {
  if (period > rules.periods) return `OT${period - rules.periods}`;
  return rules.periods === 2 ? `${period === 1 ? '1st' : '2nd'} half` : `Q${period}`;
}

/** One line of play-by-play text. */
export function describePlay(e: LiveEvent, names: Names, rules: RuleSet): string {
  const p = (id: number) => names.player(id);
  const t = (id: number) => names.team(id);
  switch (e.type) {
    case 'period_start':
      return `Start of ${periodLabel(rules, e.data.period)}`;
    case 'period_end':
      return `End of ${periodLabel(rules, e.data.period)}`;
    case 'game_end':
      return 'Final';
    case 'field_goal': {
      const d = e.data;
      const credit = d.assist_player_id
        ? ` (assist ${p(d.assist_player_id)})`
        : d.block_player_id
          ? ` (block ${p(d.block_player_id)})`
          : '';
      return `${p(d.player_id)} ${d.made ? 'made' : 'missed'} ${d.points}PT${credit}`;
    }
    case 'free_throw':
      return `${p(e.data.player_id)} ${e.data.made ? 'made' : 'missed'} free throw`;
    case 'rebound': {
      const kind = e.data.offensive ? 'offensive' : 'defensive';
      return e.data.player_id === null ? `${t(e.data.team_id)} team ${kind} rebound` : `${p(e.data.player_id)} ${kind} rebound`;
    }
    case 'turnover': {
      const who = e.data.player_id === null ? `${t(e.data.team_id)} team` : p(e.data.player_id);
      return `${who} turnover${e.data.steal_player_id ? ` (steal ${p(e.data.steal_player_id)})` : ''}`;
    }
    case 'foul':
      return e.data.player_id === null
        ? `${t(e.data.team_id)} bench ${e.data.kind} foul`
        : `${p(e.data.player_id)} ${e.data.kind} foul`;
    case 'substitution':
      return `${p(e.data.player_in_id)} in for ${p(e.data.player_out_id)}`;
    case 'starters':
      return `${t(e.data.team_id)} starters: ${e.data.player_ids.map((id) => p(id)).join(', ')}`;
    case 'timeout':
      return `${t(e.data.team_id)} timeout`;
    case 'jump_ball':
      return `Jump ball won by ${t(e.data.winner_team_id)}`;
    case 'clock_started':
      return 'Clock started';
    case 'clock_stopped':
      return e.data.remaining_ms === undefined ? 'Clock stopped' : `Clock stopped at ${formatClock(e.data.remaining_ms)}`;
    case 'clock_set':
      return `Clock set to ${formatClock(e.data.remaining_ms)}`;
    case 'undo':
      return `Undo #${e.data.seq}`;
    case 'play_corrected':
      return `Correction of #${e.data.seq}`;
  }
}
