// What a football play *is* in the analysts' terms: success, explosive, red zone, early down, two-minute,
// the personnel code, distance buckets and field zones. Pure: the import, the live room, the filters
// and the browser all ask these, so a play means the same thing everywhere.

export type PlayKind =
  | 'pass'
  | 'run'
  | 'punt'
  | 'field_goal'
  | 'kickoff'
  | 'extra_point'
  | 'two_point'
  | 'penalty'
  | 'no_play'
  | 'qb_kneel'
  | 'qb_spike'
  | 'other';

/** Share of the distance a gain must reach to count as a success, by down (the Football Outsiders rule). */
const SUCCESS_SHARE: Record<number, number> = { 1: 0.4, 2: 0.6, 3: 1, 4: 1 };

/** A scrimmage play kept the offense on schedule: ≥40% of the distance on 1st down, ≥60% on 2nd, all of it on 3rd and 4th. */
export function isSuccess(play: { down: number | null; distance: number | null; yardsGained: number }) {
  const share = play.down == null ? undefined : SUCCESS_SHARE[play.down];
  if (share === undefined || play.distance == null || play.distance <= 0) return false;
  return play.yardsGained >= share * play.distance;
}

/** A pass of 20 yards or more, a run of 10 or more. */
export function isExplosive(play: { kind: PlayKind; yardsGained: number }) {
  if (play.kind === 'pass') return play.yardsGained >= 20;
  if (play.kind === 'run') return play.yardsGained >= 10;
  return false;
}

export const isScrimmage = (kind: PlayKind) => kind === 'pass' || kind === 'run';
export const isRedZone = (yardline100: number | null) => yardline100 != null && yardline100 <= 20;
export const isEarlyDown = (down: number | null) => down === 1 || down === 2;

/** The last two minutes of either half (the 2nd and 4th quarters, and overtime's last two). */
export function isTwoMinute(play: { quarter: number; quarterSecondsRemaining: number }) {
  return play.quarter !== 1 && play.quarter !== 3 && play.quarterSecondsRemaining <= 120;
}

export type DistanceBucket = '1-3' | '4-6' | '7-10' | '11+';
export function distanceBucket(distance: number | null): DistanceBucket | null {
  if (distance == null || distance <= 0) return null;
  if (distance <= 3) return '1-3';
  if (distance <= 6) return '4-6';
  if (distance <= 10) return '7-10';
  return '11+';
}

export type FieldZone = 'own-deep' | 'own' | 'opponent' | 'red-zone';
/** Where the ball is, from yards to the opponent's end zone: inside the own 20, own side, opponent's side, red zone. */
export function fieldZone(yardline100: number | null): FieldZone | null {
  if (yardline100 == null) return null;
  if (yardline100 <= 20) return 'red-zone';
  if (yardline100 <= 50) return 'opponent';
  if (yardline100 <= 80) return 'own';
  return 'own-deep';
}

export type Personnel = Record<string, number>;

/** "1 RB, 1 TE, 3 WR" (the Big Data Bowl's way) → { RB: 1, TE: 1, WR: 3 }; null for "NA" or nothing. */
export function parsePersonnel(text: string | null | undefined): Personnel | null {
  if (!text || text === 'NA') return null;
  const out: Personnel = {};
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s+([A-Z]+)\s*$/.exec(part);
    if (!m) return null;
    out[m[2] as string] = (out[m[2] as string] ?? 0) + Number(m[1]);
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** The offensive personnel code analysts say: running backs then tight ends, "11" for 1 RB and 1 TE. */
export function personnelCode(personnel: Personnel | null): string | null {
  if (!personnel) return null;
  const rb = personnel.RB ?? 0;
  const te = personnel.TE ?? 0;
  if (rb > 9 || te > 9) return null;
  return `${rb}${te}`;
}

/** Yards to the opponent's end zone, from the side of the field the ball is on and the yard line there. */
export function yardline100(possessionTeam: string, side: string | null, line: number): number {
  if (line === 50 || !side) return 50;
  return side === possessionTeam ? 100 - line : line;
}

/** "MM:SS" or "MM:SS:00" (the Big Data Bowl writes the clock with a trailing field) → seconds left in the quarter. */
export function clockSeconds(clock: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(clock.trim());
  if (!m) return null;
  const seconds = Number(m[1]) * 60 + Number(m[2]);
  return seconds <= 15 * 60 ? seconds : null;
}

/** Seconds left in regulation (overtime counts down from its own clock) from the quarter and its clock. */
export function gameSecondsRemaining(quarter: number, quarterSeconds: number): number {
  return quarter <= 4 ? (4 - quarter) * 900 + quarterSeconds : quarterSeconds;
}

export function halfSecondsRemaining(quarter: number, quarterSeconds: number): number {
  return quarter === 1 || quarter === 3 ? 900 + quarterSeconds : quarterSeconds;
}
