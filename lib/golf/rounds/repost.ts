// A posted score changes the index of every later day, and a later round's Net Double Bogey caps
// use the index in effect on its day, fixed when it was posted. So when a round is posted late (an
// earlier date than rounds already posted, or confirmed by an added player after the fact) or
// corrected, each golfer whose posted score changed has their later rounds re-posted, oldest first,
// so each one's index already counts the ones before it. Same-day rounds are left alone: an index is
// from earlier days only. Runs in the append's transaction, under the golfer's record lock.
//
// A posting depends on the record only through the index of its day, so a later round is re-posted
// only where that index moved: it is computed, in memory, from the record as it was (the changed
// round's old score) and as it is now (with every re-post so far). A correction then costs a few
// queries plus one re-post per round whose index it really moved, not one per later round.
import { and, asc, eq, gt } from 'drizzle-orm';
import { type GolfPostedScoreRow, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { computeHandicapHistory, type Revision } from '../handicap/history';
import { golfTags } from '../tags';
import { roundWriters } from './confirmation';
import { loadPostedScores, type PostedRow, toPostedRow } from './handicap-record';
import { type LoadedRound, loadRound } from './load';
import { postPlayer, postRound } from './posting';

export interface RepostOptions {
  /**
   * Re-post every later round, not only those whose index moved: for a rebuild, where the stored
   * rows being replaced (and the later rounds posted from them) may not be what the logs say.
   */
  repostAll?: boolean;
}

/** Posts the round, then re-posts what it changed; returns the cache tags of every view touched. */
export async function postRoundAndLater(
  tx: Db,
  loaded: LoadedRound,
  postedAt: Date,
  seq: number,
  opts: RepostOptions = {},
): Promise<string[]> {
  const { players, recordChanged, before } = await postRound(tx, loaded, postedAt, seq);
  const tags = players.map(golfTags.player);
  for (const userId of recordChanged) {
    tags.push(...(await repostLaterRounds(tx, userId, loaded.round, before.get(userId), opts)));
  }
  return tags;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
/** The record's order: day, then posting time, then round (as loadPostedScores sorts). */
const recordOrder = (a: PostedRow, b: PostedRow) =>
  cmp(a.score.date, b.score.date) || a.postedAt.getTime() - b.postedAt.getTime() || cmp(a.roundId, b.roundId);

/** The index in effect on `date`: the last daily revision before it (what handicapIndexOn reads). */
function indexOn(revisions: readonly Revision[], date: string): number | null {
  let index: number | null = null;
  for (const r of revisions) {
    if (r.date >= date) break;
    index = r.index;
  }
  return index;
}
const revisionsOf = (record: readonly PostedRow[]) => computeHandicapHistory(record.map((r) => r.score)).revisions;

async function repostLaterRounds(
  tx: Db,
  userId: string,
  changed: { id: string; date: string },
  was: GolfPostedScoreRow | undefined,
  opts: RepostOptions,
): Promise<string[]> {
  const later = await tx
    .select({ id: golfRounds.id, date: golfRounds.date })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(and(eq(golfRoundPlayers.userId, userId), eq(golfRounds.status, 'finished'), gt(golfRounds.date, changed.date)))
    .orderBy(asc(golfRounds.date), asc(golfRounds.id));
  if (later.length === 0) return [];
  const current = await loadPostedScores(tx, userId);
  // The record before this change: the changed round's old score in its place, or none where it was
  // not posted before (it may have been posted before and not now, e.g. a 9-hole card grown to 10).
  const then = revisionsOf(
    [...current.filter((r) => r.roundId !== changed.id), ...(was ? [toPostedRow(was)] : [])].sort(recordOrder),
  );
  let now = revisionsOf(current);
  const tags: string[] = [];
  for (const { id, date } of later) {
    if (!opts.repostAll && indexOn(then, date) === indexOn(now, date)) continue;
    const loaded = (await loadRound(tx, id)) as LoadedRound;
    const player = loaded.players.find((p) => p.userId === userId);
    if (!player) continue;
    // The whole log's confirmations: the round is re-posted as it stands now.
    await postPlayer(tx, loaded, player, loaded.round.finishedAt ?? new Date(0), await roundWriters(tx, id));
    tags.push(golfTags.round(id));
    now = revisionsOf(await loadPostedScores(tx, userId));
  }
  return tags;
}
