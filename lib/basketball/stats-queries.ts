// Season and date-range statistics computed in SQL over the box-score tables. Query functions take
// the database first and return plain rows; lib/basketball/stats.ts turns totals into averages.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rowsOf } from '@/lib/db/client';
import { type Averages, averagesFromTotals, type CountingKey, countingKeys, type Totals } from './stats';

export interface StatsFilter {
  /** Games of this league only; every page and the API name one. */
  leagueId?: number;
  seasons?: number[];
  playerIds?: number[];
  teamIds?: number[];
  startDate?: string;
  endDate?: string;
  postseason?: boolean;
}

const sums = (alias: string) => sql.raw(countingKeys.map((k) => `coalesce(sum(${alias}.${k}), 0)::int as ${k}`).join(', '));

/** Conditions on the game; the line filters (player, team) are applied where the lines are read. */
function gameWhere(f: StatsFilter): SQL {
  const parts: SQL[] = [sql`g.status = 'final'`, sql`g.postseason = ${f.postseason ?? false}`];
  if (f.leagueId !== undefined) parts.push(sql`g.league_id = ${f.leagueId}`);
  if (f.seasons?.length) parts.push(sql`g.season in ${f.seasons}`);
  if (f.startDate) parts.push(sql`g.date >= ${f.startDate}`);
  if (f.endDate) parts.push(sql`g.date <= ${f.endDate}`);
  return sql.join(parts, sql` and `);
}

/**
 * The box-score lines to aggregate. With a player or team filter they are read first, through the
 * (player_id, game_id) / (team_id, game_id) index, as a materialized CTE: these statements run as
 * prepared generic plans, and the generic plan otherwise walks every game in the date range and
 * probes the lines index once per game (~830 buffer hits for one player-season against ~145).
 */
function linesSource(table: 'bb_player_lines' | 'bb_team_lines', f: StatsFilter, opts: { player?: boolean } = {}): SQL {
  const parts: SQL[] = [];
  if (f.teamIds?.length) parts.push(sql`team_id in ${f.teamIds}`);
  if (opts.player && f.playerIds?.length) parts.push(sql`player_id in ${f.playerIds}`);
  if (parts.length === 0) return sql`with l as not materialized (select * from ${sql.raw(table)})`;
  return sql`with l as materialized (select * from ${sql.raw(table)} where ${sql.join(parts, sql` and `)})`;
}

type TotalsRow = Record<CountingKey, number> & { min: number; gamesPlayed: number };
const toTotals = (r: TotalsRow): Totals => ({
  ...(Object.fromEntries(countingKeys.map((k) => [k, Number(r[k])])) as Record<CountingKey, number>),
  min: Number(r.min),
  gamesPlayed: Number(r.gamesPlayed),
});

export interface PlayerSeasonAverages {
  playerId: number;
  playerName: string;
  season: number;
  /** All teams together, then one entry per team (a traded player has several). */
  all: Averages;
  teams: { teamId: number; abbreviation: string; averages: Averages }[];
}

export async function getPlayerAverages(db: Db, f: StatsFilter): Promise<PlayerSeasonAverages[]> {
  const result = await db.execute(sql`
    ${linesSource('bb_player_lines', f, { player: true })}
    select l.player_id as "playerId", p.name as "playerName", g.season, l.team_id as "teamId", t.abbreviation,
           count(*) filter (where l.min > 0 or l.min is null)::int as "gamesPlayed", coalesce(sum(l.min), 0)::float8 as min, ${sums('l')}
    from l
    join bb_games g on g.id = l.game_id
    join bb_players p on p.id = l.player_id
    join bb_teams t on t.id = l.team_id
    where ${gameWhere(f)}
    group by grouping sets ((l.player_id, p.name, g.season, l.team_id, t.abbreviation), (l.player_id, p.name, g.season))
    order by g.season, l.player_id, l.team_id nulls first`);
  const out = new Map<string, PlayerSeasonAverages>();
  for (const r of rowsOf<
    TotalsRow & { playerId: number; playerName: string; season: number; teamId: number | null; abbreviation: string | null }
  >(result)) {
    const key = `${r.playerId}:${r.season}`;
    const averages = averagesFromTotals(toTotals(r));
    if (r.teamId === null)
      out.set(key, { playerId: r.playerId, playerName: r.playerName, season: r.season, all: averages, teams: [] });
    else out.get(key)?.teams.push({ teamId: r.teamId, abbreviation: r.abbreviation ?? '', averages });
  }
  return [...out.values()];
}

export interface TeamSeasonAverages {
  teamId: number;
  abbreviation: string;
  name: string;
  season: number;
  averages: Averages;
}

export async function getTeamAverages(db: Db, f: StatsFilter): Promise<TeamSeasonAverages[]> {
  const result = await db.execute(sql`
    ${linesSource('bb_team_lines', f)}
    select l.team_id as "teamId", t.abbreviation, t.name, g.season,
           count(*)::int as "gamesPlayed", coalesce(sum(l.min), 0)::float8 as min, ${sums('l')}
    from l
    join bb_games g on g.id = l.game_id
    join bb_teams t on t.id = l.team_id
    where ${gameWhere(f)}
    group by l.team_id, t.abbreviation, t.name, g.season
    order by g.season, t.abbreviation`);
  return rowsOf<TotalsRow & { teamId: number; abbreviation: string; name: string; season: number }>(result).map((r) => ({
    teamId: r.teamId,
    abbreviation: r.abbreviation,
    name: r.name,
    season: r.season,
    averages: averagesFromTotals(toTotals(r)),
  }));
}

/** Per team-game league averages: from team lines, or from summed player lines where a season has none. */
export async function getLeagueAverages(
  db: Db,
  season: number,
  leagueId: number,
): Promise<{ season: number; source: 'team_lines' | 'player_lines'; averages: Averages } | null> {
  const fromTeams = await getTeamAverages(db, { seasons: [season], leagueId });
  let totals: Totals | null = null;
  let source: 'team_lines' | 'player_lines' = 'team_lines';
  if (fromTeams.length > 0) {
    totals = fromTeams.reduce<Totals>(
      (acc, t) => {
        for (const k of countingKeys) acc[k] += t.averages.totals[k];
        acc.min += t.averages.totals.min;
        acc.gamesPlayed += t.averages.games_played;
        return acc;
      },
      { ...(Object.fromEntries(countingKeys.map((k) => [k, 0])) as Record<CountingKey, number>), min: 0, gamesPlayed: 0 },
    );
  } else {
    source = 'player_lines';
    const result = await db.execute(sql`
      select count(distinct (l.game_id, l.team_id))::int as "gamesPlayed", coalesce(sum(l.min), 0)::float8 as min, ${sums('l')}
      from bb_player_lines l join bb_games g on g.id = l.game_id
      where ${gameWhere({ seasons: [season], leagueId })}`);
    const row = rowsOf<TotalsRow>(result)[0];
    if (row && Number(row.gamesPlayed) > 0) totals = toTotals(row);
  }
  return totals ? { season, source, averages: averagesFromTotals(totals) } : null;
}

export const leaderStats = [
  'pts',
  'reb',
  'ast',
  'stl',
  'blk',
  'fg3m',
  'turnover',
  'min',
  'fg_pct',
  'fg3_pct',
  'ft_pct',
  'ts_pct',
] as const;
export type LeaderStat = (typeof leaderStats)[number];
/** What a leader board can rank by: the listed stats, or any counting stat per game (the balldontlie drop-in asks for OREB and DREB). */
export type RankableStat = LeaderStat | CountingKey;

export function statValue(a: Averages, stat: RankableStat): number | null {
  if (stat === 'min') return a.min;
  if (stat.endsWith('_pct')) return a[stat as 'fg_pct'];
  return a.per_game[stat as CountingKey];
}
