// One frame of an event leaderboard's SSE stream: the event's seq and type, and the board after it.
import { type FrameKind, parseSeqFrame } from '@/lib/events/client/frames';
import type { Board } from '../events/board';

export interface EventFrame {
  seq: number;
  type: string;
  leaderboard: Board;
}

/** Null for a frame that cannot be read: the next frame carries the whole board again. */
export function parseEventFrame(text: string): EventFrame | null {
  const v = parseSeqFrame(text);
  const board = v?.leaderboard as Board | undefined;
  if (!v || typeof v.type !== 'string' || !board || !Array.isArray(board.lines)) return null;
  return { seq: v.seq, type: v.type, leaderboard: board };
}

export const eventFrames: FrameKind<EventFrame> = {
  types: [
    'golf_event_created',
    'golf_event_updated',
    'golf_event_entry_added',
    'golf_event_group_created',
    'golf_event_hole_scored',
    'golf_event_round_finished',
  ],
  read: parseEventFrame,
};
