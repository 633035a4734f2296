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

/** The home page's basketball panels, cached until any game changes. */
export async function getHomeData(): Promise<HomeData> {
  const db = await getDb();
  return cachedBasketball(db, 'home:basketball', 300, async () => {
    const season = await getLatestSeason(db);
    const [latest, standings] = await Promise.all([getLatestResults(db), season ? getStandings(db, season) : []]);
    return { latest, season, standings };
  });
}

/** Standings of a season (the latest when none is given). */
export async function getSeasonStandings(season?: number): Promise<{ season: number | null; standings: Standing[] }> {
  const s = season ?? (await getLatestSeason(await getDb()));
  return s ? { season: s, standings: await cachedStandings(s) } : { season: null, standings: [] };
}
