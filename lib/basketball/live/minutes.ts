// Minutes played, from where the game clock stood when each player came on and went off. Positions
// on the game clock, not wall time: a stopped clock, a correction of the clock or a late entry of a
// substitution with its clock reading all count as the game did.

export interface MinutesState {
  /** Milliseconds of game clock played in finished stints, by player id. */
  playedMs: Record<number, number>;
  /** Time left in the period when each player now on the court came on (or the period began). */
  since: Record<number, number>;
}

export const initialMinutes = (): MinutesState => ({ playedMs: {}, since: {} });

/** Players come on (a substitution, the starters, the start of a period) at `remainingMs`. */
export function enter(m: MinutesState, players: readonly number[], remainingMs: number): void {
  for (const p of players) m.since[p] = remainingMs;
}

/** Players go off (a substitution, the end of a period) at `remainingMs`: their stint is added. */
export function leave(m: MinutesState, players: readonly number[], remainingMs: number): void {
  for (const p of players) {
    const since = m.since[p];
    if (since === undefined) continue;
    m.playedMs[p] = (m.playedMs[p] ?? 0) + Math.max(0, since - remainingMs);
    delete m.since[p];
  }
}

/** What a player has played so far, the stint in progress included, with the clock at `remainingMs`. */
export function playedMs(m: MinutesState, player: number, remainingMs: number): number {
  const since = m.since[player];
  return (m.playedMs[player] ?? 0) + (since === undefined ? 0 : Math.max(0, since - remainingMs));
}
