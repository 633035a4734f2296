// A number that moves whenever a golfer's handicap record can have: the sum of the log heads of
// their finished rounds. Posted scores and posting notes are only ever written by an event on one
// of those logs (the finish, a later hole), heads only grow and a round joins the sum as it
// finishes, so any such write makes the sum larger, never a value it had before. The handicap
// report is keyed by it, so a failed tag invalidation cannot keep an old report served.
// One index probe (events_stream_seq_uq) per finished round.
import { sql } from 'drizzle-orm';
import { events, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import { type Db, rowsOf } from '@/lib/db/client';
import { ROUND_STREAM_PREFIX } from '../tags';

export async function handicapRecordVersion(db: Db, userId: string): Promise<number> {
  const [row] = rowsOf<{ v: number }>(
    await db.execute(sql`
      select coalesce(sum((select max(e.seq) from ${events} e where e.stream = ${ROUND_STREAM_PREFIX} || p.round_id::text)), 0)::int as v
      from ${golfRoundPlayers} p join ${golfRounds} r on r.id = p.round_id
      where p.user_id = ${userId} and r.status = 'finished'`),
  );
  return Number(row?.v ?? 0);
}
