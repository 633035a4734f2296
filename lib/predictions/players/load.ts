// The stored player lines the features are built from: one query for a league's final games.
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { bbGames, bbPlayerLines } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import type { PlayerGameRow } from './features';

/**
 * Every regular-season line of a player who played (minutes > 0) in a final game of the league,
 * before `before` when given, in date order. Lines without minutes (live games scored without a
 * clock) are left out: the minutes features would be wrong for them.
 */
export async function loadPlayerGameRows(db: Db, opts: { leagueId: number; before?: string }): Promise<PlayerGameRow[]> {
  const rows = await db
    .select({
      playerId: bbPlayerLines.playerId,
      gameId: bbPlayerLines.gameId,
      date: bbGames.date,
      season: bbGames.season,
      teamId: bbPlayerLines.teamId,
      opponentId: sql<number>`case when ${bbPlayerLines.teamId} = ${bbGames.homeTeamId} then ${bbGames.awayTeamId} else ${bbGames.homeTeamId} end`,
      // Player game logs store the two teams in name order: there "home" means nothing.
      isHome: sql<boolean | null>`case when ${bbGames.venueKnown} then ${bbPlayerLines.teamId} = ${bbGames.homeTeamId} end`,
      min: bbPlayerLines.min,
      pts: bbPlayerLines.pts,
      reb: bbPlayerLines.reb,
      ast: bbPlayerLines.ast,
    })
    .from(bbPlayerLines)
    .innerJoin(bbGames, eq(bbGames.id, bbPlayerLines.gameId))
    .where(
      and(
        eq(bbGames.leagueId, opts.leagueId),
        eq(bbGames.status, 'final'),
        eq(bbGames.postseason, false),
        // A game another coach has not accepted does not count anywhere else either.
        sql`${bbGames.confirmation} is distinct from 'pending' and ${bbGames.confirmation} is distinct from 'declined'`,
        gt(bbPlayerLines.min, 0),
        opts.before ? lt(bbGames.date, opts.before) : undefined,
      ),
    )
    .orderBy(asc(bbGames.date), asc(bbGames.id), asc(bbPlayerLines.playerId));
  return rows.map((r) => ({ ...r, opponentId: Number(r.opponentId), min: Number(r.min) }));
}
