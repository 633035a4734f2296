'use client';

// A round's log as it is written: each frame carries the leaderboard after its event. A solo round
// has no leaderboard to follow, so the caller may leave the stream off.
import { type StreamState as EventStreamState, useEventStream } from '@/lib/events/client/use-event-stream';
import { type RoundFrame, roundFrames } from '@/lib/golf/client/stream-frame';

export type StreamState = EventStreamState | 'off';

export function useRoundStream(
  roundId: string,
  afterSeq: number,
  enabled: boolean,
  onFrame: (f: RoundFrame) => void,
): StreamState {
  const state = useEventStream(enabled ? `/api/v1/golf/rounds/${roundId}/stream` : null, afterSeq, roundFrames, onFrame);
  return enabled ? state : 'off';
}
