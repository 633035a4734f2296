import { cached } from '@/lib/cache/cached';
import { getDb } from '@/lib/db';
import { type GameResult, gamesTag, getLatestResults, getLatestSeason, getSeasonRecords, type TeamRecord } from './queries';

export interface HomeData {
  latest: GameResult[];
  season: number | null;
  records: TeamRecord[];
}

/** The home page's basketball panels, cached until any game changes. */
export async function getHomeData(): Promise<HomeData> {
  const db = await getDb();
  return cached('home:basketball', [gamesTag], 300, async () => {
    const season = await getLatestSeason(db);
    const [latest, records] = await Promise.all([getLatestResults(db), season ? getSeasonRecords(db, season) : []]);
    return { latest, season, records };
  });
}

export async function getStandings(season?: number): Promise<{ season: number | null; records: TeamRecord[] }> {
  const db = await getDb();
  const s = season ?? (await getLatestSeason(db));
  if (!s) return { season: null, records: [] };
  return cached(`standings:${s}`, [gamesTag], 300, async () => ({ season: s, records: await getSeasonRecords(db, s) }));
}
