// Changing a scheduled game before it starts: a new date, start or venue, or cancelling it. A game
// with plays (or already live or final) keeps its schedule: its record is the game that was played.
import { and, eq, ne, sql } from 'drizzle-orm';
import { bbGames, bbLiveGames, type League } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import { invalidateTags } from '@/lib/cache/cached';

import type { Db } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { seasonOfDate } from '@/lib/leagues/seasons';
import { basketballTags } from '../tags';
import { touchBasketballData } from '../versioned-cache';
import { zonedInstant } from './input';

export interface ScheduleChange {
  date?: string;
  time?: string;
  time_zone?: string;
  starts_at?: string | null;
  venue?: string | null;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The league's game, locked, if it has not started; otherwise why it cannot change. */
async function unstartedGame(tx: Tx, league: League, gameId: number) {
  const [game] = await tx
    .select({
      id: bbGames.id,
      date: bbGames.date,
      startsAt: bbGames.startsAt,
      venue: bbGames.venue,
      status: bbGames.status,
      homeTeamId: bbGames.homeTeamId,
      awayTeamId: bbGames.awayTeamId,
      lastSeq: bbLiveGames.lastSeq,
    })
    .from(bbGames)
    .leftJoin(bbLiveGames, eq(bbLiveGames.gameId, bbGames.id))
    .where(and(eq(bbGames.id, gameId), eq(bbGames.leagueId, league.id)))
    .for('update', { of: bbGames });
  if (!game) throw new DomainError('not_found', `${league.name} has no game ${gameId}.`);
  if (game.status !== 'scheduled' || (game.lastSeq ?? 0) > 0) {
    throw new DomainError('conflict', `Game ${gameId} has started; its schedule can no longer change.`);
  }
  return game;
}

/** The date and start a change asks for, from the game's own. A new date alone moves the start by as many days. */
function when(game: { date: string; startsAt: Date | null }, change: ScheduleChange): { date: string; startsAt: Date | null } {
  if (change.starts_at) return { date: change.date ?? change.starts_at.slice(0, 10), startsAt: new Date(change.starts_at) };
  const date = change.date ?? game.date;
  if (change.starts_at === null) return { date, startsAt: null };
  if (change.time && change.time_zone) return { date, startsAt: zonedInstant(date, change.time, change.time_zone) };
  if (!game.startsAt || date === game.date) return { date, startsAt: game.startsAt };
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${game.date}T00:00:00Z`)) / 86_400_000;
  return { date, startsAt: new Date(game.startsAt.getTime() + days * 86_400_000) };
}

export async function rescheduleGame(db: Db, actor: AuditActor, league: League, gameId: number, change: ScheduleChange) {
  await db.transaction(async (tx) => {
    const game = await unstartedGame(tx, league, gameId);
    const next = when(game, change);
    const [clash] = await tx
      .select({ id: bbGames.id })
      .from(bbGames)
      .where(
        and(
          eq(bbGames.leagueId, league.id),
          eq(bbGames.date, next.date),
          ne(bbGames.id, gameId),
          sql`least(${bbGames.homeTeamId}, ${bbGames.awayTeamId}) = ${Math.min(game.homeTeamId, game.awayTeamId)}`,
          sql`greatest(${bbGames.homeTeamId}, ${bbGames.awayTeamId}) = ${Math.max(game.homeTeamId, game.awayTeamId)}`,
        ),
      )
      .limit(1);
    if (clash) throw new DomainError('conflict', `These teams already play on ${next.date} (game ${clash.id}).`);
    const venue = change.venue === undefined ? game.venue : change.venue || null;
    await tx
      .update(bbGames)
      .set({ date: next.date, startsAt: next.startsAt, venue, season: seasonOfDate(next.date, league.seasonFormat) })
      .where(eq(bbGames.id, gameId));
    await recordAudit(tx, {
      actorId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      action: 'basketball-game.reschedule',
      targetType: 'bb_game',
      targetId: String(gameId),
      details: { ...change, from: { date: game.date, starts_at: game.startsAt?.toISOString() ?? null, venue: game.venue } },
    });
    await touchBasketballData(tx);
  });
  await invalidateTags([basketballTags.games]);
}

export async function cancelGame(db: Db, actor: AuditActor, league: League, gameId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const game = await unstartedGame(tx, league, gameId);
    // Its live row goes with it (on delete cascade); it has no plays, box scores or results.
    await tx.delete(bbGames).where(eq(bbGames.id, gameId));
    await recordAudit(tx, {
      actorId: actor.userId,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      action: 'basketball-game.cancel',
      targetType: 'bb_game',
      targetId: String(gameId),
      details: { date: game.date, home_team_id: game.homeTeamId, visitor_team_id: game.awayTeamId },
    });
    await touchBasketballData(tx);
  });
  await invalidateTags([basketballTags.games]);
}
