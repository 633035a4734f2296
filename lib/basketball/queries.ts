// Basketball reads over the games table. Query functions take the database first.

import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { bbGames, bbTeams } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface GameResult {
  id: number;
  date: string;
  season: number;
  venueKnown: boolean;
  winnerTeamId: number | null;
  home: { id: number; abbreviation: string; name: string; score: number | null };
  away: { id: number; abbreviation: string; name: string; score: number | null };
}

/** The final games of the most recent day that has any. */
export async function getLatestResults(db: Db, limit = 8): Promise<GameResult[]> {
  const home = alias(bbTeams, 'home');
  const away = alias(bbTeams, 'away');
  const rows = await db
    .select({
      id: bbGames.id,
      date: bbGames.date,
      season: bbGames.season,
      venueKnown: bbGames.venueKnown,
      winnerTeamId: bbGames.winnerTeamId,
      homeId: home.id,
      awayId: away.id,
      homeAbbr: home.abbreviation,
      homeName: home.name,
      homeScore: bbGames.homeScore,
      awayAbbr: away.abbreviation,
      awayName: away.name,
      awayScore: bbGames.awayScore,
    })
    .from(bbGames)
    .innerJoin(home, eq(home.id, bbGames.homeTeamId))
    .innerJoin(away, eq(away.id, bbGames.awayTeamId))
    .where(sql`${bbGames.date} = (select max(date) from ${bbGames} where status = 'final') and ${bbGames.status} = 'final'`)
    .orderBy(desc(bbGames.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    season: r.season,
    venueKnown: r.venueKnown,
    winnerTeamId: r.winnerTeamId,
    home: { id: r.homeId, abbreviation: r.homeAbbr, name: r.homeName, score: r.homeScore },
    away: { id: r.awayId, abbreviation: r.awayAbbr, name: r.awayName, score: r.awayScore },
  }));
}

export async function getLatestSeason(db: Db): Promise<number | null> {
  const [row] = await db.select({ season: sql<number | null>`max(${bbGames.season})` }).from(bbGames);
  return row?.season ?? null;
}
