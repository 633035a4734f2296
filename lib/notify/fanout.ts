// One set-based INSERT … SELECT per notification: a game with 1,000 followers is one statement, not
// a loop. The (user, key) unique index makes a replayed event a no-op (ON CONFLICT DO NOTHING).
import { type SQL, sql } from 'drizzle-orm';
import type { NotificationKind } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';

export interface FanOut {
  kind: NotificationKind;
  key: string;
  sourceEventId: string;
  payload: unknown;
  /** A query selecting `user_id` of the users to notify (duplicates are fine). */
  recipients: SQL;
}

/** Writes the notification for every recipient that has not had it; returns the users newly notified. */
export async function fanOut(tx: Db, n: FanOut): Promise<string[]> {
  const res = await tx.execute(sql`
    insert into notifications (user_id, kind, payload, source_event_id, key)
    select distinct r.user_id, ${n.kind}, ${JSON.stringify(n.payload)}::jsonb, ${n.sourceEventId}::uuid, ${n.key}
    from (${n.recipients}) r
    on conflict (user_id, key) do nothing
    returning user_id`);
  return rowsOf<{ user_id: string }>(res).map((r) => r.user_id);
}

/** Followers of any of the given targets. */
export function followersOf(targets: ReadonlyArray<{ kind: string; id: string | number }>): SQL {
  if (targets.length === 0) return sql`select null::uuid as user_id where false`;
  const conds = targets.map((t) => sql`(target_kind = ${t.kind} and target_id = ${String(t.id)})`);
  return sql`select user_id from follows where ${sql.join(conds, sql` or `)}`;
}
