// One frame of a round's SSE stream: the event's seq and type, and the leaderboard after it.
import { type FrameKind, parseSeqFrame } from '@/lib/events/client/frames';
import type { LeaderboardLine } from '../leaderboard-line';

export interface RoundFrame {
  seq: number;
  type: string;
  leaderboard: LeaderboardLine[];
}

/** Null for a frame that cannot be read: the next refetch reads the round whole. */
export function parseRoundFrame(text: string): RoundFrame | null {
  const v = parseSeqFrame(text);
  if (!v || typeof v.type !== 'string' || !Array.isArray(v.leaderboard)) return null;
  return { seq: v.seq, type: v.type, leaderboard: v.leaderboard };
}

export const roundEventNames = ['round_started', 'hole_scored', 'round_finished'] as const;

export const roundFrames: FrameKind<RoundFrame> = { types: roundEventNames, read: parseRoundFrame };
