// The play-by-play feed: every logged event but the undos, marked voided when undone, with the
// score after it and one line of text. Scores come from the same fold as the reducer's replay.
import type { LiveEvent, LiveEventData, LoggedEvent, LoggedPlay } from './events';
import { apply } from './reducer';
import { type RuleSet, ruleSets } from './rules';
import { type GameSetup, initialState, type Side } from './state';

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
    score: Record<Side, number>;
    description: string;
  };
}[LoggedPlay['type']];

export function feed(setup: GameSetup, events: readonly LoggedEvent[], names: Names): FeedItem[] {
  const rules = ruleSets[setup.ruleSet];
  const voided = new Set(events.flatMap((e) => (e.type === 'undo' ? [e.data.seq] : [])));
  let state = initialState(setup);
  const items: FeedItem[] = [];
  for (const e of events) {
    if (e.type === 'undo') continue;
    const isVoided = voided.has(e.seq);
    if (!isVoided) state = apply(state, e);
    const period = e.type === 'period_start' || e.type === 'period_end' ? e.data.period : state.period;
    items.push({
      seq: e.seq,
      type: e.type,
      period,
      data: e.data,
      voided: isVoided,
      score: { ...state.score },
      description: describePlay(e, names, rules),
    } as FeedItem);
  }
  return items;
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
    case 'undo':
      return `Undo #${e.data.seq}`;
  }
}
