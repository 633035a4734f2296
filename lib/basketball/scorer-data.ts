// A person's basketball footprint, for their data download: the teams and games they created and
// every play they recorded (events they are the actor of), game by game.
import { and, asc, eq, like } from 'drizzle-orm';
import { bbGames, bbTeams, events } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

const GAME_STREAM = 'basketball-game:';

export async function exportScorerData(db: Db, userId: string) {
  const teams = await db
    .select({ id: bbTeams.id, name: bbTeams.name, abbreviation: bbTeams.abbreviation })
    .from(bbTeams)
    .where(eq(bbTeams.createdBy, userId))
    .orderBy(asc(bbTeams.id));
  const games = await db
    .select({
      id: bbGames.id,
      date: bbGames.date,
      home_team_id: bbGames.homeTeamId,
      away_team_id: bbGames.awayTeamId,
      status: bbGames.status,
    })
    .from(bbGames)
    .where(eq(bbGames.createdBy, userId))
    .orderBy(asc(bbGames.id));
  const plays = await db
    .select({ id: events.id, stream: events.stream, seq: events.seq, type: events.type, data: events.data, at: events.createdAt })
    .from(events)
    .where(and(eq(events.actorId, userId), like(events.stream, `${GAME_STREAM}%`)))
    .orderBy(asc(events.position));
  const scored = new Map<number, { game_id: number; plays: unknown[] }>();
  for (const p of plays) {
    const gameId = Number(p.stream.slice(GAME_STREAM.length));
    const game = scored.get(gameId) ?? { game_id: gameId, plays: [] };
    game.plays.push({ id: p.id, seq: p.seq, type: p.type, data: p.data, at: p.at.toISOString() });
    scored.set(gameId, game);
  }
  return { teams_created: teams, games_created: games, games_scored: [...scored.values()] };
}
