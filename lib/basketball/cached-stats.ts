// Cached reads of computed statistics. Keys fold in every parameter; the `bb:stats` tag is
// invalidated by any import or correction, so a changed box score shows on the very next read.
import { cached } from '@/lib/cache/cached';
import { getDb } from '@/lib/db';
import { getStandings } from './standings';
import {
  getLeaders,
  getLeagueAverages,
  getPlayerAverages,
  getTeamAverages,
  type LeaderStat,
  type StatsFilter,
} from './stats-queries';
import { basketballTags } from './tags';

const TTL = 600;
const keyOf = (name: string, params: object) => `${name}:${JSON.stringify(params, Object.keys(params).sort())}`;

export async function cachedPlayerAverages(filter: StatsFilter) {
  const db = await getDb();
  return cached(keyOf('bb:player-avg', filter), basketballTags.all, TTL, () => getPlayerAverages(db, filter));
}

export async function cachedTeamAverages(filter: StatsFilter) {
  const db = await getDb();
  return cached(keyOf('bb:team-avg', filter), basketballTags.all, TTL, () => getTeamAverages(db, filter));
}

export async function cachedLeagueAverages(season: number) {
  const db = await getDb();
  return cached(`bb:league-avg:${season}`, basketballTags.all, TTL, () => getLeagueAverages(db, season));
}

export async function cachedLeaders(opts: { season: number; stat: LeaderStat; minGames: number; limit: number }) {
  const db = await getDb();
  return cached(keyOf('bb:leaders', opts), basketballTags.all, TTL, () => getLeaders(db, opts));
}

export async function cachedStandings(season: number) {
  const db = await getDb();
  return cached(`bb:standings:${season}`, basketballTags.all, TTL, () => getStandings(db, season));
}
