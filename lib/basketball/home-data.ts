import { getDb } from '@/lib/db';
import type { GameRow } from './api-queries';
import { cachedStandings } from './cached-stats';
import { getLatestResults, getLatestSeason } from './latest';
import { getStandings, type Standing } from './standings';
import { cachedBasketball } from './versioned-cache';

export interface HomeData {
  latest: GameRow[];
  season: number | null;
  standings: Standing[];
}

/** The home page's basketball panels for one league, cached until any game changes. */
export async function getHomeData(leagueId: number): Promise<HomeData> {
  const db = await getDb();
  return cachedBasketball(db, `home:basketball:${leagueId}`, 300, async () => {
    const season = await getLatestSeason(db, leagueId);
    const [latest, standings] = await Promise.all([
      getLatestResults(db, leagueId),
      season ? getStandings(db, season, leagueId) : [],
    ]);
    return { latest, season, standings };
  });
}

/** Standings of a league's season (its latest when none is given). */
export async function getSeasonStandings(
  leagueId: number,
  season?: number,
): Promise<{ season: number | null; standings: Standing[] }> {
  const s = season ?? (await getLatestSeason(await getDb(), leagueId));
  return s ? { season: s, standings: await cachedStandings(s, leagueId) } : { season: null, standings: [] };
}
