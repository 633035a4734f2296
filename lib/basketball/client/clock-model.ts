// What a clock on screen needs, from the scorer's local state or a viewer's box score.
import { periodLengthMs } from '@/lib/basketball/live/clock';
import { periodLabel } from '@/lib/basketball/live/feed';
import { ruleSets } from '@/lib/basketball/live/rules';
import { type GameState, rulesOf } from '@/lib/basketball/live/state';
import type { BoxscoreView } from '@/lib/basketball/scoring/views';

export interface ClockModel {
  kept: boolean;
  running: boolean;
  /** Time left when the clock last started (or where it stands, stopped). */
  remainingMs: number;
  /** Server time (epoch ms) it started from; null while stopped or not yet known. */
  startedAt: number | null;
  periodLengthMs: number;
  label: string;
}

const label = (rules: (typeof ruleSets)[keyof typeof ruleSets], period: number) =>
  period === 0 ? 'Pre-game' : periodLabel(rules, period);

export function clockFromState(state: GameState): ClockModel {
  const rules = rulesOf(state);
  return {
    kept: state.clock.kept,
    running: state.clock.running,
    remainingMs: state.clock.remainingMs,
    startedAt: state.clock.startedAt,
    periodLengthMs: state.period === 0 ? 0 : periodLengthMs(rules, state.period),
    label: label(rules, state.period),
  };
}

export function clockFromBox(box: BoxscoreView): ClockModel {
  const c = box.state.clock;
  const rules = ruleSets[box.game.rule_set as keyof typeof ruleSets] ?? ruleSets.nba;
  return {
    kept: c.kept,
    running: c.running,
    remainingMs: c.running ? c.remaining_at_start_ms : c.remaining_ms,
    startedAt: c.started_at === null ? null : Date.parse(c.started_at),
    periodLengthMs: c.period_length_ms,
    label: label(rules, c.period),
  };
}
