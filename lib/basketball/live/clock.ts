// The game clock: pure arithmetic over what clock events leave in the state. A running clock is
// stored as the time left when it last started and the server time it started at, so every viewer
// computes the same reading from the same state and its own (server-corrected) now.
import type { ClockStamp } from './events';
import { periodMinutes, type RuleSet } from './rules';

export interface ClockState {
  /** Time left in the current period when the clock last stopped, started or was set. */
  remainingMs: number;
  running: boolean;
  /** Server time (epoch ms) the clock started running from `remainingMs`; null while stopped (or not yet known). */
  startedAt: number | null;
  /** Whether the scorer keeps a clock in this game at all: a clock event or a clock reading on a play. */
  kept: boolean;
}

export const initialClock = (): ClockState => ({ remainingMs: 0, running: false, startedAt: null, kept: false });

export const periodLengthMs = (rules: RuleSet, period: number) => periodMinutes(rules, period) * 60_000;

/** The clock's reading at `now`; a clock without a time to read (`now` unknown) shows where it stands. */
export function remainingAt(clock: ClockState, now: number | undefined): number {
  if (!clock.running || clock.startedAt === null || now === undefined) return clock.remainingMs;
  return Math.max(0, clock.remainingMs - Math.max(0, now - clock.startedAt));
}

/** Why a clock reading cannot belong to a play now (null when it can). */
export function stampProblem(rules: RuleSet, period: number, stamp: ClockStamp): string | null {
  if (period === 0) return 'the game has not started: the clock has no period yet';
  if (stamp.period !== period) return `the clock reading is in period ${stamp.period}, but period ${period} is being played`;
  const length = periodLengthMs(rules, period);
  if (stamp.remaining_ms > length)
    return `${formatClock(stamp.remaining_ms)} is more than period ${period} lasts (${formatClock(length)})`;
  return null;
}

/** 754_300 → "12:34"; under a minute with tenths, as arena clocks show: 9_450 → "9.4". */
export function formatClock(ms: number): string {
  if (ms < 60_000) return (Math.floor(ms / 100) / 10).toFixed(1);
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Seconds played as a box score prints minutes: 1_845_000 ms → "30:45". */
export function formatPlayed(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What a scorer types to set the clock: "7:30", "7.5" or "45" → milliseconds; null when unreadable. */
export function parseClock(text: string): number | null {
  const m = /^\s*(?:(\d{1,2}):)?(\d{1,2})(?:\.(\d))?\s*$/.exec(text);
  if (!m) return null;
  return (Number(m[1] ?? 0) * 60 + Number(m[2])) * 1000 + Number(m[3] ?? 0) * 100;
}
