// A group round's leaderboard: players by score to par over the holes they have played (so a
// player on hole 12 compares fairly with one on hole 14), ties sharing a place. Pure; the same
// ranking serves the leaderboard endpoint (from the projection) and the SSE feed (folded from the log).
import type { StoredEvent } from '@/lib/events/schemas';
import type { LeaderboardLine } from '../leaderboard-line';
import { type HoleScoredData, type RoundPlayerData, type RoundStartedData, roundEventTypes } from './events';

export interface LeaderboardPlayer {
  position: number;
  name: string;
  user_id: string | null;
  /** Strokes per hole played (hole number → strokes). */
  strokes: ReadonlyMap<number, number>;
}

export function rankLeaderboard(players: readonly LeaderboardPlayer[], par: readonly number[]): LeaderboardLine[] {
  const lines = players.map((p) => {
    let gross = 0;
    let parPlayed = 0;
    for (const [hole, strokes] of p.strokes) {
      gross += strokes;
      parPlayed += par[hole - 1] ?? 0;
    }
    return { position: p.position, name: p.name, user_id: p.user_id, thru: p.strokes.size, gross, to_par: gross - parPlayed };
  });
  // Scored players by to par, then more holes played first (a level score over more holes leads), then order in the group.
  lines.sort(
    (a, b) => Number(a.thru === 0) - Number(b.thru === 0) || a.to_par - b.to_par || b.thru - a.thru || a.position - b.position,
  );
  return lines.map((l) => {
    if (l.thru === 0) return { ...l, place: null, tied: false };
    const level = lines.filter((o) => o.thru > 0 && o.to_par === l.to_par);
    const ahead = lines.filter((o) => o.thru > 0 && o.to_par < l.to_par).length;
    return { ...l, place: ahead + 1, tied: level.length > 1 };
  });
}

/** The state a live viewer folds from the log, enough to rank the group after every event. */
export interface LiveRound {
  par: number[];
  players: RoundPlayerData[];
  strokes: Map<number, Map<number, number>>;
  finished: boolean;
}

export function foldRoundEvent(state: LiveRound | null, event: Pick<StoredEvent, 'type' | 'data'>): LiveRound | null {
  if (event.type === roundEventTypes.started) {
    const data = event.data as RoundStartedData;
    return {
      par: data.par,
      players: data.players,
      strokes: new Map(data.players.map((p) => [p.position, new Map()])),
      finished: false,
    };
  }
  if (!state) return state;
  if (event.type === roundEventTypes.holeScored) {
    const data = event.data as HoleScoredData;
    state.strokes.get(data.position)?.set(data.hole, data.strokes);
  } else if (event.type === roundEventTypes.finished) {
    state.finished = true;
  }
  return state;
}

export function liveLeaderboard(state: LiveRound | null): LeaderboardLine[] {
  if (!state) return [];
  return rankLeaderboard(
    state.players.map((p) => ({ ...p, strokes: state.strokes.get(p.position) ?? new Map() })),
    state.par,
  );
}
