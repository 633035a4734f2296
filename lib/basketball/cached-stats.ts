// Cached reads of computed statistics. Keys fold in every parameter and the basketball data version,
// which any import or correction moves, so a changed box score shows on the very next read.
import type { League } from '@/drizzle/schema';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { defaultLeague, findLeague, LEAGUES_TAG } from '@/lib/leagues/queries';
import { getLeaders, type LeadersOptions } from './leaders';
import { getStandings } from './standings';
import { getLeagueAverages, getPlayerAverages, getTeamAverages, type RankableStat, type StatsFilter } from './stats-queries';
import { cachedBasketball } from './versioned-cache';

const TTL = 600;
const keyOf = (name: string, params: object) => `${name}:${JSON.stringify(params, Object.keys(params).sort())}`;

export async function cachedPlayerAverages(filter: StatsFilter) {
  const db = await getDb();
  return cachedBasketball(db, keyOf('bb:player-avg', filter), TTL, () => getPlayerAverages(db, filter));
}

export async function cachedTeamAverages(filter: StatsFilter) {
  const db = await getDb();
  return cachedBasketball(db, keyOf('bb:team-avg', filter), TTL, () => getTeamAverages(db, filter));
}

export async function cachedLeagueAverages(season: number, leagueId: number) {
  const db = await getDb();
  return cachedBasketball(db, `bb:league-avg:${leagueId}:${season}`, TTL, () => getLeagueAverages(db, season, leagueId));
}

export async function cachedLeaders(opts: LeadersOptions) {
  const db = await getDb();
  return cachedBasketball(db, keyOf('bb:leaders', opts), TTL, () => getLeaders(db, opts));
}

export async function cachedStandings(season: number, leagueId: number) {
  const db = await getDb();
  return cachedBasketball(db, `bb:standings:${leagueId}:${season}`, TTL, () => getStandings(db, season, leagueId));
}

/**
 * A league's cached read addressed by how the request names the league (id, slug or none for the
 * default): the league and the value come back in one cache round trip, so a league-scoped read
 * costs what an unscoped one did. `league` is null when the name matches no basketball league; the
 * caller still checks the viewer may see it.
 */
export async function cachedInLeague<T>(
  ref: string | undefined,
  key: string,
  load: (db: Db, league: League) => Promise<T>,
): Promise<{ league: League | null; value: T | null }> {
  const db = await getDb();
  const named = ref?.trim().toLowerCase() ?? '';
  return cachedBasketball(
    db,
    `bb:in-league:${named}:${key}`,
    TTL,
    async () => {
      const league = named ? await findLeague(db, named) : await defaultLeague(db, 'basketball');
      if (!league || league.sport !== 'basketball') return { league: null, value: null };
      return { league, value: await load(db, league) };
    },
    [LEAGUES_TAG],
  );
}
