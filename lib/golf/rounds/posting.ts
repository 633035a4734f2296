// Posting a finished round for handicap purposes (WHS): each account player's score, capped at Net
// Double Bogey with the index in effect on the day, enters their record — the creator's at once, an
// added account's only once that account has confirmed the round (see confirmation.ts). Unrated
// tees, incomplete cards and unconfirmed players are not posted; the reason is kept on the player's
// row so the round says why.
import { and, eq } from 'drizzle-orm';
import { golfPostedScores, golfRoundPlayers } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { isRated } from '../course';
import { GolfInputError } from '../errors';
import { scoreForPosting } from '../handicap';
import { AWAITING_CONFIRMATION_NOTE, awaitsConfirmation, roundWriters } from './confirmation';
import { handicapIndexOn } from './handicap-record';
import type { LoadedRound } from './load';

/**
 * (Re)posts every account player's score of a finished round; returns the user ids whose record
 * changed. `postedAt` is the finish's time in the log: it orders same-day scores, and a correction
 * keeps the original. `seq` is the event being projected: confirmations are read up to it, so a
 * rebuild posts exactly as the live appends did.
 */
export async function postRound(tx: Db, loaded: LoadedRound, postedAt: Date, seq: number): Promise<string[]> {
  const { round, course, tee } = loaded;
  const writers = await roundWriters(tx, round.id, seq);
  const changed: string[] = [];
  for (const player of loaded.players) {
    if (!player.userId) continue;
    changed.push(player.userId);
    const note = awaitsConfirmation(player.userId, round.createdBy, writers)
      ? AWAITING_CONFIRMATION_NOTE
      : unpostableReason(loaded, player);
    if (note) {
      await unpost(tx, round.id, player.userId, player.position, note);
      continue;
    }
    const index = await handicapIndexOn(tx, player.userId, round.date, round.id);
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
      if (!(err instanceof GolfInputError)) throw err;
      await unpost(tx, round.id, player.userId, player.position, `Not posted for handicap: ${err.message}.`);
      continue;
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
      .values({ roundId: round.id, userId: player.userId, postedAt, ...values })
      .onConflictDoUpdate({ target: [golfPostedScores.roundId, golfPostedScores.userId], set: values });
    await setNote(tx, round.id, player.position, null);
  }
  return changed;
}

function unpostableReason(loaded: LoadedRound, player: LoadedRound['players'][number]): string | null {
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
