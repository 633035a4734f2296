// Basketball reads for the home page. Query functions take the database first.
import { and, eq, sql } from 'drizzle-orm';
import { bbGames } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';
import { type GameRow, listGames } from './api-queries';

/** The final games of the most recent day that has any. */
export async function getLatestResults(db: Db, leagueId: number, limit = 8): Promise<GameRow[]> {
  const [row] = await db
    .select({ date: sql<string | null>`max(${bbGames.date})::text` })
    .from(bbGames)
    .where(and(eq(bbGames.leagueId, leagueId), eq(bbGames.status, 'final')));
  if (!row?.date) return [];
  return listGames(db, { leagueId, dates: [row.date], final: true }, { after: null, limit });
}

/** A league's default season: its newest with a result (a season of only scheduled or live games has no table yet). */
export async function getLatestSeason(db: Db, leagueId: number): Promise<number | null> {
  const [row] = await db
    .select({ season: sql<number | null>`max(${bbGames.season})` })
    .from(bbGames)
    .where(and(eq(bbGames.leagueId, leagueId), eq(bbGames.status, 'final')));
  return row?.season ?? null;
}
