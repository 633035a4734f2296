// One matchup's features as of a date, from the stored games before it: what a prediction for a
// game not yet played (or replayed as of a past day) uses. Cached under the basketball tags and
// data version, so any import or new result invalidates it.
import { sql } from 'drizzle-orm';
import { cachedBasketball } from '@/lib/basketball/versioned-cache';
import { type Db, rowsOf } from '@/lib/db/client';
import { FeatureEngine, type FeatureVector } from './features';
import { loadLeagueGames } from './load';

const TTL_SECONDS = 24 * 60 * 60;

/** The season a game on `date` belongs to: that of the next stored game from that day, else of the last one before. */
async function seasonOn(db: Db, leagueId: number, date: string): Promise<number | null> {
  const [row] = rowsOf<{ season: number | null }>(
    await db.execute(sql`select coalesce(
      (select season from bb_games where league_id = ${leagueId} and date >= ${date} order by date limit 1),
      (select season from bb_games where league_id = ${leagueId} and date < ${date} order by date desc limit 1)) as season`),
  );
  return row?.season == null ? null : Number(row.season);
}

/** Null when the league has no final game before `date` (nothing to compute features from). */
export function featuresAsOf(
  db: Db,
  leagueId: number,
  homeTeamId: number,
  awayTeamId: number,
  date: string,
): Promise<{ season: number; features: FeatureVector } | null> {
  return cachedBasketball(db, `predictions:features:${leagueId}:${homeTeamId}:${awayTeamId}:${date}`, TTL_SECONDS, async () => {
    const games = (await loadLeagueGames(db, leagueId)).filter((g) => g.date < date);
    const season = await seasonOn(db, leagueId, date);
    if (games.length === 0 || season === null) return null;
    const engine = new FeatureEngine();
    for (const g of games) engine.record(g);
    return { season, features: engine.vector(homeTeamId, awayTeamId, date, season) };
  });
}
