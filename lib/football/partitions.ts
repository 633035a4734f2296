// Plays are partitioned by season: a season's partition is made before its first play is written.
// Under an advisory lock, so two imports of one new season do not race to create it.
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';

export async function ensureSeasonPartition(tx: Db, season: number): Promise<void> {
  if (!Number.isInteger(season) || season < 1900 || season > 2999) throw new Error(`season ${season} is not a year`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('fb_plays_partition'), ${season})`);
  await tx.execute(sql.raw(`create table if not exists fb_plays_${season} partition of fb_plays for values in (${season})`));
}
