// Golf's notifications, written by the notify consumer (lib/notify): the golf-analytics consumer
// already decides a round beat the golfer's previous best and appends a `personal_best` event to
// their stream (golfer:{userId}); followers of that golfer hear of it.
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { fanOut, followersOf } from '@/lib/notify/fanout';

const GOLFER_PREFIX = 'golfer:';

export async function golfNotifications(tx: Db, batch: readonly StoredEvent[]): Promise<string[]> {
  const notified: string[] = [];
  for (const e of batch) {
    if (!e.stream.startsWith(GOLFER_PREFIX) || e.type !== 'personal_best') continue;
    const golferId = e.stream.slice(GOLFER_PREFIX.length);
    notified.push(
      ...(await fanOut(tx, {
        kind: 'golf_personal_best',
        key: `golf_personal_best:${e.id}`,
        sourceEventId: e.id,
        payload: { golfer_id: golferId, ...(e.data as object) },
        recipients: followersOf([{ kind: 'golfer', id: golferId }]),
      })),
    );
  }
  return notified;
}
