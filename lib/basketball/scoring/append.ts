// Recording a play: the event store appends it and, in the same transaction, the projection checks
// it against the rules of the game and updates the box score. A broken rule rolls both back.
import { eq, sql } from 'drizzle-orm';
import { bbGames } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { appendEvent } from '@/lib/events/store';
import { type LiveEventBody, splitBody } from '../live/events';
import { gameStream, projectGameEvent, readLiveGame } from './project';

export async function findGame(db: Db, gameId: number) {
  const [game] = await db
    .select({
      id: bbGames.id,
      season: bbGames.season,
      homeTeamId: bbGames.homeTeamId,
      awayTeamId: bbGames.awayTeamId,
      confirmTeamId: bbGames.confirmTeamId,
      // Imported teams are written by admins only (confirmation.ts): known with the game, no extra query.
      withImportedTeam: sql<boolean>`exists (select 1 from bb_teams t where t.id in (${bbGames.homeTeamId}, ${bbGames.awayTeamId}) and (t.source_id is not null or t.created_by is null))`,
    })
    .from(bbGames)
    .where(eq(bbGames.id, gameId));
  return game ?? null;
}

export async function appendGameEvent(
  db: Db,
  game: NonNullable<Awaited<ReturnType<typeof findGame>>>,
  body: LiveEventBody,
  actor: { userId: string; requestId?: string },
) {
  const { id, expectedSeq, type, data } = splitBody(body);
  return appendEvent(
    db,
    gameStream(game.id),
    { id, type, data, actorId: actor.userId, requestId: actor.requestId ?? null },
    {
      expectedSeq,
      read: (tx) => readLiveGame(tx, game.id),
      project: (tx, stored, live) => projectGameEvent(tx, game, stored, live),
    },
  );
}
