// What a hole write changes, judged inside the append transaction under the stream's lock (see
// score.ts), where the hole as stored cannot be stale.
import { and, eq } from 'drizzle-orm';
import { golfHoleScores, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { StoredEvent } from '@/lib/events/schemas';
import type { HoleScore } from '../hole-score';
import { awaitsConfirmation, roundWriters } from './confirmation';
import type { HoleScoredData } from './events';
import { toHoleScore } from './load';

type HoleValues = Omit<HoleScore, 'hole'> | Omit<HoleScoredData, 'position' | 'hole'>;

export const sameHole = (a: HoleValues, b: HoleValues) =>
  a.strokes === b.strokes && a.putts === b.putts && a.fairway === b.fairway && a.penalties === b.penalties && a.sand === b.sand;

/** The hole as stored now: its values and the seq of the event that set them, or null. */
export async function storedHole(tx: Db, roundId: string, position: number, hole: number) {
  const [row] = await tx
    .select()
    .from(golfHoleScores)
    .where(and(eq(golfHoleScores.roundId, roundId), eq(golfHoleScores.position, position), eq(golfHoleScores.hole, hole)));
  return row ? { score: toHoleScore(row), seq: row.seq } : null;
}

/**
 * Would a write of the same values still matter? Yes when its author is an added account that has
 * not confirmed the round yet: the write is their confirmation (see confirmation.ts).
 */
export async function confirmsRound(tx: Db, roundId: string, event: StoredEvent): Promise<boolean> {
  const { actorId } = event;
  if (!actorId) return false;
  const [row] = await tx
    .select({ createdBy: golfRounds.createdBy })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .where(and(eq(golfRoundPlayers.roundId, roundId), eq(golfRoundPlayers.userId, actorId)));
  if (!row) return false;
  // Up to the event before this one: this one is already inserted, by the same author.
  return awaitsConfirmation(actorId, row.createdBy, await roundWriters(tx, roundId, event.seq - 1));
}
