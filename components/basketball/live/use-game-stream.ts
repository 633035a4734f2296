'use client';

import type { StoredEventJson } from '@/lib/basketball/client/outbox';
// A game's plays as they are logged, each frame one stored event as the API shapes it.
import { liveEventTypes } from '@/lib/basketball/live/events';
import { type FrameKind, parseSeqFrame } from '@/lib/events/client/frames';
import { type StreamState, useEventStream } from '@/lib/events/client/use-event-stream';

const gameFrames: FrameKind<StoredEventJson> = {
  types: liveEventTypes,
  // Trusted as the API shapes it (toPlayEvent); one without a seq is skipped, and the next refresh reads the game whole.
  read: (data) => parseSeqFrame(data) as StoredEventJson | null,
};

export function useGameStream(gameId: number, afterSeq: number, onEvent: (e: StoredEventJson) => void): StreamState {
  return useEventStream(`/api/v1/basketball/games/${gameId}/stream`, afterSeq, gameFrames, onEvent);
}
