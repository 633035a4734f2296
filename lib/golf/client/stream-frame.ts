// One frame of a round's SSE stream: the event's seq and type, and the leaderboard after it.
export interface LeaderboardLine {
  place: number | null;
  tied: boolean;
  position: number;
  name: string;
  user_id: string | null;
  thru: number;
  gross: number;
  to_par: number;
}

export interface RoundFrame {
  seq: number;
  type: string;
  leaderboard: LeaderboardLine[];
}

/** Null for a frame that cannot be read: the next refetch reads the round whole. */
export function parseRoundFrame(text: string): RoundFrame | null {
  try {
    const v = JSON.parse(text) as Partial<RoundFrame>;
    if (typeof v.seq !== 'number' || typeof v.type !== 'string' || !Array.isArray(v.leaderboard)) return null;
    return { seq: v.seq, type: v.type, leaderboard: v.leaderboard };
  } catch {
    return null;
  }
}

export const roundEventNames = ['round_started', 'hole_scored', 'round_finished'] as const;
