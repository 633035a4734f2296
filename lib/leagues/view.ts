// A league as the API shows it, with the seasons that have final games (its default is the newest).
import { and, desc, eq } from 'drizzle-orm';
import { bbGames, type League } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

/** A league's seasons with final games, newest first (only basketball stores games yet). */
export async function finalSeasons(db: Db, leagueId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ season: bbGames.season })
    .from(bbGames)
    .where(and(eq(bbGames.leagueId, leagueId), eq(bbGames.status, 'final')))
    .orderBy(desc(bbGames.season));
  return rows.map((r) => r.season);
}

export async function leagueView(db: Db, league: League) {
  const seasons = league.sport === 'basketball' ? await finalSeasons(db, league.id) : [];
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
