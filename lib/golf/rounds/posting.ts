// Posting a finished round for handicap purposes (WHS): each account player's score, capped at Net
// Double Bogey with the index in effect on the day, enters their record — the creator's at once, an
// added account's only once that account has confirmed the round (see confirmation.ts). Unrated
// tees, incomplete cards and unconfirmed players are not posted; the reason is kept on the player's
// row so the round says why.
import { and, eq, sql } from 'drizzle-orm';
import { type GolfPostedScoreRow, golfGolferRecords, golfPostedScores, golfRoundPlayers } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { isDomainError } from '@/lib/errors';
import { isRated } from '../courses/course';
import { scoreForPosting } from '../handicap';
import { AWAITING_CONFIRMATION_NOTE, awaitsConfirmation, roundWriters } from './confirmation';
import { handicapIndexOn } from './handicap-record';
import type { LoadedRound } from './load';

type Player = LoadedRound['players'][number];

/**
 * (Re)posts every account player's score of a finished round. `postedAt` is the finish's time in
 * the log: it orders same-day scores, and a correction keeps the original. `seq` is the event being
 * projected: confirmations are read up to it, so a rebuild posts exactly as the live appends did.
 * Returns the round's account players (their records may have changed), those of them whose posted
 * score — what their later indexes are computed from — is not what it was, and what it was (none
 * when the round was not posted for them): see repost.ts.
 */
export async function postRound(
  tx: Db,
  loaded: LoadedRound,
  postedAt: Date,
  seq: number,
): Promise<{ players: string[]; recordChanged: string[]; before: Map<string, GolfPostedScoreRow> }> {
  const { round } = loaded;
  const players = loaded.players.flatMap((p) => (p.userId ? [p.userId] : []));
  if (players.length === 0) return { players, recordChanged: [], before: new Map() };
  await lockRecords(tx, players);
  const writers = await roundWriters(tx, round.id, seq);
  const before = await postedScoresOf(tx, round.id);
  for (const player of loaded.players) await postPlayer(tx, loaded, player, postedAt, writers);
  const after = await postedScoresOf(tx, round.id);
  const same = (u: string) => indexInputs(before.get(u)) === indexInputs(after.get(u));
  return { players, recordChanged: players.filter((u) => !same(u)), before };
}

/**
 * Serializes posting per golfer: an index is read from their other rounds' posted scores, so two
 * rounds of one golfer posted at once could each miss the other. Locked in id order, all at once,
 * so two rounds sharing players cannot deadlock. Taken after the round's stream lock and before any
 * of its rows are written (a rebuild too): a re-post of this round from another round's append holds
 * these locks and then writes its rows without the stream lock.
 */
export async function lockRecords(tx: Db, userIds: readonly string[]): Promise<void> {
  for (const id of [...userIds].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`golf-record:${id}`}, 0))`);
  }
}

async function postedScoresOf(tx: Db, roundId: string): Promise<Map<string, GolfPostedScoreRow>> {
  const rows = await tx.select().from(golfPostedScores).where(eq(golfPostedScores.roundId, roundId));
  return new Map(rows.map((r) => [r.userId, r]));
}

/** What of a posted score an index is computed from, comparable as one string. */
const indexInputs = (r: GolfPostedScoreRow | undefined) =>
  r ? JSON.stringify([r.date, r.holes, r.ags, r.courseRating, r.slope, r.pcc]) : 'none';

/** Posts one account player's score, or says on their row why it is not posted (guests: nothing). */
export async function postPlayer(
  tx: Db,
  loaded: LoadedRound,
  player: Player,
  postedAt: Date,
  writers: ReadonlySet<string>,
): Promise<void> {
  const { round, course, tee } = loaded;
  const { userId } = player;
  if (!userId) return;
  await bumpVersions(tx, round.id, player.position, userId);
  const note = awaitsConfirmation(userId, round.createdBy, writers)
    ? AWAITING_CONFIRMATION_NOTE
    : unpostableReason(loaded, player);
  if (note) return unpost(tx, round.id, userId, player.position, note);
  const index = await handicapIndexOn(tx, userId, round.date, round.id);
  let posting: ReturnType<typeof scoreForPosting>;
  try {
    posting = scoreForPosting({
      date: round.date,
      course: course.name,
      tee,
      gender: player.gender,
      holes: player.holes,
      handicapIndex: index,
    });
  } catch (err) {
    // The card does not make an acceptable score (e.g. 12 holes played): say why instead of posting.
    if (!isDomainError(err, 'rule_violation')) throw err;
    return unpost(tx, round.id, userId, player.position, `Not posted for handicap: ${err.message}.`);
  }
  const values = {
    date: round.date,
    course: course.name,
    tee: tee.name,
    holes: posting.score.holes,
    gross: posting.gross,
    ags: posting.score.ags,
    courseRating: posting.score.course_rating,
    slope: posting.score.slope,
    pcc: posting.score.pcc ?? null,
    courseHandicap: posting.course_handicap,
  };
  await tx
    .insert(golfPostedScores)
    .values({ roundId: round.id, userId, postedAt, ...values })
    .onConflictDoUpdate({ target: [golfPostedScores.roundId, golfPostedScores.userId], set: values });
  await setNote(tx, round.id, player.position, null);
}

/**
 * Moves the round's posting version and the golfer's record version, which key the cached round view
 * and handicap report: a lost tag invalidation can then not keep either stale (see read.ts).
 */
async function bumpVersions(tx: Db, roundId: string, position: number, userId: string): Promise<void> {
  await tx
    .update(golfRoundPlayers)
    .set({ postingVersion: sql`${golfRoundPlayers.postingVersion} + 1` })
    .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.position, position)));
  await tx
    .insert(golfGolferRecords)
    .values({ userId, version: 1 })
    .onConflictDoUpdate({ target: golfGolferRecords.userId, set: { version: sql`${golfGolferRecords.version} + 1` } });
}

function unpostableReason(loaded: LoadedRound, player: Player): string | null {
  if (!isRated(loaded.tee, player.gender)) {
    return `Not posted for handicap: the ${loaded.tee.name} tee of ${loaded.course.name} has no published ${player.gender}'s course rating and slope.`;
  }
  if (player.holes.length === 0) return 'Not posted for handicap: no holes were scored.';
  return null;
}

async function unpost(tx: Db, roundId: string, userId: string, position: number, note: string) {
  await tx.delete(golfPostedScores).where(and(eq(golfPostedScores.roundId, roundId), eq(golfPostedScores.userId, userId)));
  await setNote(tx, roundId, position, note);
}

async function setNote(tx: Db, roundId: string, position: number, note: string | null) {
  await tx
    .update(golfRoundPlayers)
    .set({ postingNote: note })
    .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.position, position)));
}
