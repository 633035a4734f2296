// The line score a printed box score opens with: points per period and the final, per team.

import type { GameState, Side } from './state';
import { rulesOf } from './state';

export interface LineScore {
  /** "1".."4", "OT", "2OT"…, or "1st"/"2nd" for halves. */
  periods: string[];
  teams: { side: Side; points: (number | null)[]; total: number }[];
}

const overtimeLabel = (n: number) => (n === 1 ? 'OT' : `${n}OT`);

/** Every regulation period is shown, played or not; overtimes only once they are played. */
export function lineScore(state: GameState): LineScore {
  const rules = rulesOf(state);
  const played = Math.max(state.period, state.scoreByPeriod.home.length, state.scoreByPeriod.visitor.length);
  const count = Math.max(rules.periods, played);
  const periods = Array.from({ length: count }, (_, i) =>
    i >= rules.periods ? overtimeLabel(i + 1 - rules.periods) : rules.periods === 2 ? (i === 0 ? '1st' : '2nd') : String(i + 1),
  );
  const teams = (['visitor', 'home'] as const).map((side) => {
    const byPeriod = state.scoreByPeriod[side];
    const points = periods.map((_, i) => (i < played ? (byPeriod[i] ?? 0) : null));
    return { side, points, total: byPeriod.reduce((a, b) => a + b, 0) };
  });
  return { periods, teams };
}
