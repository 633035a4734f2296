// A league as the API shows it, with the seasons that have final games (its default is the newest).
import { and, desc, eq } from 'drizzle-orm';
import { bbGames, type League } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

/** Seasons of the league with final games, newest first (only basketball stores games yet). */
export async function finalSeasons(db: Db, league: League): Promise<number[]> {
  if (league.sport !== 'basketball') return [];
  const rows = await db
    .selectDistinct({ season: bbGames.season })
    .from(bbGames)
    .where(and(eq(bbGames.leagueId, league.id), eq(bbGames.status, 'final')))
    .orderBy(desc(bbGames.season));
  return rows.map((r) => r.season);
}

export async function leagueView(db: Db, league: League) {
  const seasons = await finalSeasons(db, league);
  return {
    id: league.id,
    slug: league.slug,
    name: league.name,
    sport: league.sport,
    level: league.level,
    season_format: league.seasonFormat,
    visibility: league.visibility,
    rule_set: league.ruleSet,
    pickup: league.pickupOwnerId !== null,
    seasons,
    default_season: seasons[0] ?? null,
  };
}
