// Golf's notifications, written by the notify consumer (lib/notify): the golf-analytics consumer
// already decides a round beat the golfer's previous best and appends a `personal_best` event to
// their stream (golfer:{userId}); followers of that golfer hear of it. A golfer who has made their
// golf private tells no one but themselves.
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import { fanOut } from '@/lib/notify/fanout';
import { golferStream } from './tags';

const GOLFER_PREFIX = golferStream('');

export async function golfNotifications(tx: Db, batch: readonly StoredEvent[]): Promise<string[]> {
  const notified: string[] = [];
  for (const e of batch) {
    if (!e.stream.startsWith(GOLFER_PREFIX) || e.type !== 'personal_best') continue;
    const golferId = e.stream.slice(GOLFER_PREFIX.length);
    const [golfer] = rowsOf<{ name: string }>(await tx.execute(sql`select name from users where id = ${golferId}::uuid`));
    notified.push(
      ...(await fanOut(tx, {
        kind: 'golf_personal_best',
        key: `golf_personal_best:${e.id}`,
        sourceEventId: e.id,
        payload: { golfer_id: golferId, golfer_name: golfer?.name ?? null, ...(e.data as object) },
        recipients: sql`
          select f.user_id from follows f join users g on g.id = ${golferId}::uuid
          where f.target_kind = 'golfer' and f.target_id = ${golferId} and (g.golf_public or f.user_id = g.id)`,
      })),
    );
  }
  return notified;
}
