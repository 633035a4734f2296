// A hole scored (or a round finished) in a group of an event is mirrored to the event's stream, so
// the event's live viewers get it as one ordered feed. The mirror's id is derived from the round
// event's, so mirroring again (a retried write, which mirrors what it stored) appends nothing. The
// round's log stays the record: the leaderboard endpoint reads the projection, not the mirror.
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { appendEvent } from '@/lib/events/store';
import { uuidFrom } from '../ids';
import { type HoleScoredData, roundEventTypes } from '../rounds/events';
import { ROUND_STREAM_PREFIX } from '../tags';
import { eventOfRound } from './read';
import { golfEventStream, golfEventTypes, type MirroredHoleData } from './stream-events';

export async function mirrorToEvent(db: Db, event: StoredEvent): Promise<void> {
  if (event.type !== roundEventTypes.holeScored && event.type !== roundEventTypes.finished) return;
  const roundId = event.stream.slice(ROUND_STREAM_PREFIX.length);
  const eventId = await eventOfRound(db, roundId);
  if (eventId === null) return;
  const hole = event.data as HoleScoredData;
  await appendEvent(db, golfEventStream(eventId), {
    id: uuidFrom('golf-event-mirror', event.id),
    type: event.type === roundEventTypes.finished ? golfEventTypes.roundFinished : golfEventTypes.holeScored,
    data:
      event.type === roundEventTypes.finished
        ? { round_id: roundId }
        : ({ round_id: roundId, position: hole.position, hole: hole.hole, strokes: hole.strokes } satisfies MirroredHoleData),
    actorId: event.actorId,
    requestId: event.requestId,
  });
}
