// Minutes as box scores print them, read from a game's state at a moment.
import { remainingAt } from './clock';
import { playedMs } from './minutes';
import type { GameState } from './state';

/** Minutes played (2 decimals, as stored in box-score lines) with the clock read at `now`; null without a clock. */
export function minutesPlayed(state: GameState, playerId: number, now?: number): number | null {
  if (!state.clock.kept) return null;
  const remaining = state.periodRunning ? remainingAt(state.clock, now) : 0;
  return Math.round(playedMs(state.minutes, playerId, remaining) / 600) / 100;
}
