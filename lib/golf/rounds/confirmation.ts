// Whose scores a round may post. Anyone may put another golfer in their round and enter that
// golfer's holes, so the round alone is not that golfer's word: like GHIN's peer-entered scores, a
// score reaches an added account's handicap record only once the account has confirmed the round by
// writing to it itself (any hole score, for any player, the finish, or an explicit confirm — as the
// log's actor); they may decline it instead, and then it is never on their record. The
// round's creator needs no confirmation: starting it was their own write. Derived from the log, so a
// rebuild reaches the same answer.
import type { Db } from '@/lib/db/client';
import { streamActors } from '@/lib/events/queries';
import { roundStream } from '../tags';
import { roundEventTypes } from './events';

const confirmingTypes = [roundEventTypes.holeScored, roundEventTypes.finished, roundEventTypes.confirmed];

/** The accounts that wrote a hole score or the finish of the round (up to `upToSeq`, when given). */
export async function roundWriters(db: Db, roundId: string, upToSeq?: number): Promise<Set<string>> {
  return streamActors(db, roundStream(roundId), { types: confirmingTypes, upToSeq });
}

/** Is this account player's score held back until they confirm the round? */
export function awaitsConfirmation(userId: string, createdBy: string | null, writers: ReadonlySet<string>): boolean {
  return userId !== createdBy && !writers.has(userId);
}

export const AWAITING_CONFIRMATION_NOTE =
  "Not posted for handicap: awaiting the player's confirmation — the score is posted once they enter a hole score or finish the round from their own account.";
