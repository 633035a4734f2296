import { cached } from '@/lib/cache/cached';
import { getDb } from '@/lib/db';
import { type GameResult, getLatestResults, getLatestSeason } from './queries';
import { getStandings, type Standing } from './standings';
import { basketballTags } from './tags';

export interface HomeData {
  latest: GameResult[];
  season: number | null;
  standings: Standing[];
}

/** The home page's basketball panels, cached until any game changes. */
export async function getHomeData(): Promise<HomeData> {
  const db = await getDb();
  return cached('home:basketball', basketballTags.all, 300, async () => {
    const season = await getLatestSeason(db);
    const [latest, standings] = await Promise.all([getLatestResults(db), season ? getStandings(db, season) : []]);
    return { latest, season, standings };
  });
}

export async function getCachedStandings(season?: number): Promise<{ season: number | null; standings: Standing[] }> {
  const db = await getDb();
  const s = season ?? (await getLatestSeason(db));
  if (!s) return { season: null, standings: [] };
  return cached(`standings:${s}`, basketballTags.all, 300, async () => ({ season: s, standings: await getStandings(db, s) }));
}
