// Cached reads of computed statistics. Keys fold in every parameter and the basketball data version,
// which any import or correction moves, so a changed box score shows on the very next read.
import { getDb } from '@/lib/db';
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
