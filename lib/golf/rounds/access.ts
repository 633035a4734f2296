// What a write to a round needs before the permission check, in one query: the round's status and
// who plays in it (and, for a group of a golf event, who scores the event). Not the hole's current values: those are compared inside the append (score.ts).
import { asc, eq } from 'drizzle-orm';
import { golfEventGroups, golfEvents, golfRoundPlayers, golfRounds } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';

export async function roundForWrite(db: Db, roundId: string) {
  const rows = await db
    .select({
      status: golfRounds.status,
      position: golfRoundPlayers.position,
      userId: golfRoundPlayers.userId,
      organiser: golfEvents.createdBy,
      scorers: golfEvents.scorerIds,
    })
    .from(golfRoundPlayers)
    .innerJoin(golfRounds, eq(golfRounds.id, golfRoundPlayers.roundId))
    .leftJoin(golfEventGroups, eq(golfEventGroups.roundId, golfRoundPlayers.roundId))
    .leftJoin(golfEvents, eq(golfEvents.id, golfEventGroups.eventId))
    .where(eq(golfRoundPlayers.roundId, roundId))
    .orderBy(asc(golfRoundPlayers.position));
  const first = rows[0];
  if (!first) return null;
  return {
    status: first.status,
    players: rows.map((r) => ({ position: r.position, userId: r.userId })),
    accountIds: rows.flatMap((r) => (r.userId ? [r.userId] : [])),
    /** An event's organiser and scorers, who may score every group's round (none outside events). */
    scorerIds: [...(first.organiser ? [first.organiser] : []), ...(first.scorers ?? [])],
  };
}

/** Whose hole it is: a position (guests), an account in the round, or else the caller. */
export function playerPosition(
  players: readonly { position: number; userId: string | null }[],
  who: { position?: number; player_id?: string; caller: string },
): number {
  if (who.position !== undefined) {
    if (!players.some((p) => p.position === who.position))
      throw new DomainError('rule_violation', `nobody plays in position ${who.position} of this round`);
    return who.position;
  }
  const userId = who.player_id ?? who.caller;
  const found = players.find((p) => p.userId === userId);
  if (found) return found.position;
  throw new DomainError(
    'rule_violation',
    who.player_id
      ? `${who.player_id} does not play in this round`
      : 'you do not play in this round: say whose score it is with player_id or position',
  );
}
