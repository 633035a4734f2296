// A posted score changes the index of every later day, and a later round's Net Double Bogey caps
// use the index in effect on its day, fixed when it was posted. So when a round is posted late (an
// earlier date than rounds already posted, or confirmed by an added player after the fact) or
// corrected, each golfer whose posted score changed has their rounds dated after it re-posted, oldest
// first, so each one's index already counts the ones before it. Same-day rounds are left alone: an
// index is from earlier days only. Runs in the append's transaction, under the golfer's record lock.
import { and, asc, eq, gt } from 'drizzle-orm';
import { golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { golfTags } from '../tags';
import { roundWriters } from './confirmation';
import { type LoadedRound, loadRound } from './load';
import { postPlayer, postRound } from './posting';

/** Posts the round, then re-posts what it changed; returns the cache tags of every view touched. */
export async function postRoundAndLater(tx: Db, loaded: LoadedRound, postedAt: Date, seq: number): Promise<string[]> {
  const { players, recordChanged } = await postRound(tx, loaded, postedAt, seq);
  const tags = players.map(golfTags.player);
  for (const userId of recordChanged) tags.push(...(await repostLaterRounds(tx, userId, loaded.round.date)));
  return tags;
}

async function repostLaterRounds(tx: Db, userId: string, after: string): Promise<string[]> {
  const later = await tx
    .select({ id: golfRounds.id })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(and(eq(golfRoundPlayers.userId, userId), eq(golfRounds.status, 'finished'), gt(golfRounds.date, after)))
    .orderBy(asc(golfRounds.date), asc(golfRounds.id));
  const tags: string[] = [];
  for (const { id } of later) {
    const loaded = (await loadRound(tx, id)) as LoadedRound;
    const player = loaded.players.find((p) => p.userId === userId);
    if (!player) continue;
    // The whole log's confirmations: the round is re-posted as it stands now.
    await postPlayer(tx, loaded, player, loaded.round.finishedAt ?? new Date(0), await roundWriters(tx, id));
    tags.push(golfTags.round(id));
  }
  return tags;
}
