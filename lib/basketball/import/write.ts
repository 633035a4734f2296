// Writes validated basketball data, idempotently: every row has a natural key, every write upserts.
import { inArray, sql } from 'drizzle-orm';
import { bbGames, bbPlayers, bbTeams } from '@/drizzle/schema';
import { bulkUpsert, NO_JIT, type UpsertCounts } from '@/lib/db/bulk';
import { type Database, type Db, rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { defaultLeague } from '@/lib/leagues/queries';
import { franchiseById } from '../franchises';
import type { CountingStats } from '../stat-fields';
import { countingKeys } from '../stats';

export interface TeamInput {
  sourceId: string;
  abbreviation: string;
  name: string;
  season: number;
}

/**
 * The league imported box scores and results go to: basketball's pro league (the NBA league the
 * first migration makes). A new team gets it; a team already stored keeps its own.
 */
export async function importLeagueId(db: Db): Promise<number> {
  const league = await defaultLeague(db, 'basketball');
  if (!league) throw new DomainError('rule_violation', 'There is no public basketball league to import into.');
  return league.id;
}

/** Upserts teams by source id; a season older than the stored name never renames the team. */
export async function ensureTeams(database: Database, teams: TeamInput[]): Promise<Map<string, number>> {
  const unique = [...new Map(teams.map((t) => [t.sourceId, t])).values()];
  if (unique.length === 0) return new Map();
  const leagueId = await importLeagueId(database.db);
  const rows = await database.db
    .insert(bbTeams)
    .values(
      unique.map((t) => ({
        leagueId,
        sourceId: t.sourceId,
        abbreviation: t.abbreviation,
        name: t.name,
        nameSeason: t.season,
        conference: franchiseById.get(t.sourceId)?.conference ?? null,
        division: franchiseById.get(t.sourceId)?.division ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: bbTeams.sourceId,
      set: {
        name: sql`case when excluded.name_season >= coalesce(${bbTeams.nameSeason}, -1) then excluded.name else ${bbTeams.name} end`,
        abbreviation: sql`case when excluded.name_season >= coalesce(${bbTeams.nameSeason}, -1) then excluded.abbreviation else ${bbTeams.abbreviation} end`,
        nameSeason: sql`greatest(excluded.name_season, ${bbTeams.nameSeason})`,
        conference: sql`coalesce(excluded.conference, ${bbTeams.conference})`,
        division: sql`coalesce(excluded.division, ${bbTeams.division})`,
      },
    })
    .returning({ id: bbTeams.id, sourceId: bbTeams.sourceId });
  return new Map(rows.map((r) => [r.sourceId ?? '', r.id]));
}

export interface GameInput {
  sourceId: string;
  season: number;
  date: string;
  postseason: boolean;
  homeTeamId: number;
  awayTeamId: number;
  homeScore: number | null;
  awayScore: number | null;
  venueKnown: boolean;
  winnerTeamId: number | null;
}

const gameColumns = [
  'source_id',
  'league_id',
  'season',
  'date',
  'postseason',
  'home_team_id',
  'away_team_id',
  'home_score',
  'away_score',
  'venue_known',
  'winner_team_id',
  'status',
];

export async function upsertGames(database: Database, games: GameInput[]): Promise<Map<string, number>> {
  if (games.length === 0) return new Map();
  const leagueId = await importLeagueId(database.db);
  await bulkUpsert(database, {
    table: 'bb_games',
    columns: gameColumns,
    rows: games.map((g) => [
      g.sourceId,
      leagueId,
      g.season,
      g.date,
      g.postseason,
      g.homeTeamId,
      g.awayTeamId,
      g.homeScore,
      g.awayScore,
      g.venueKnown,
      g.winnerTeamId,
      'final',
    ]),
    conflict: ['source_id'],
    // A stored game keeps its league: a re-import never moves one.
    update: gameColumns.filter((c) => c !== 'source_id' && c !== 'league_id'),
  });
  return gameIds(
    database,
    games.map((g) => g.sourceId),
  );
}

export async function gameIds(database: Database, sourceIds: string[]): Promise<Map<string, number>> {
  const rows = await database.db
    .select({ id: bbGames.id, sourceId: bbGames.sourceId })
    .from(bbGames)
    .where(inArray(bbGames.sourceId, [...new Set(sourceIds)]));
  return new Map(rows.map((r) => [r.sourceId ?? '', r.id]));
}

/** A game a player-log row belongs to: its natural key, the date and the two teams as the file names them. */
export interface LogGameInput {
  key: string;
  season: number;
  date: string;
  team: number;
  opponent: number;
  /** Venue unknown: the pair in name order stands in for home and away. */
  first: number;
  second: number;
  winner: number;
}

/**
 * Ids for player-log games, set-wise in one statement: a game already stored for that date and
 * unordered pair of teams (from any source, e.g. team logs with venues) is the same game; the rest
 * are created under their natural key, with no scores and only the winner the source states.
 */
export async function resolveLogGames(database: Database, games: LogGameInput[]): Promise<Map<string, number>> {
  if (games.length === 0) return new Map();
  const wanted = JSON.stringify(games);
  const leagueId = await importLeagueId(database.db);
  const rows = await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(NO_JIT));
    return rowsOf<{ key: string; id: number }>(
      await tx.execute(sql`
      with wanted as (
        select * from json_to_recordset(${wanted}::json)
          as w(key text, season int, date date, team int, opponent int, first int, second int, winner int)
      ),
      found as (
        select distinct on (w.key) w.key, g.id from wanted w
        join bb_games g on g.date = w.date and (
          (g.home_team_id = w.team and g.away_team_id = w.opponent) or (g.home_team_id = w.opponent and g.away_team_id = w.team))
        order by w.key, g.id
      ),
      created as (
        insert into bb_games (source_id, league_id, season, date, postseason, home_team_id, away_team_id, venue_known, winner_team_id, status)
        select w.key, ${leagueId}::int, w.season, w.date, false, w.first, w.second, false, w.winner, 'final'
        from wanted w where not exists (select 1 from found f where f.key = w.key)
        on conflict (source_id) do nothing
        returning source_id as key, id
      )
      select key, id from found
      union all select key, id from created
      union all select g.source_id, g.id from wanted w join bb_games g on g.source_id = w.key`),
    );
  });
  // In that order of preference: a game found by date and teams wins over one found by key.
  const ids = new Map<string, number>();
  for (const r of rows) if (!ids.has(r.key)) ids.set(r.key, Number(r.id));
  return ids;
}

const statColumns = countingKeys;
const statValues = (s: CountingStats) => statColumns.map((c) => s[c]);

export interface TeamLineInput {
  gameId: number;
  teamId: number;
  min: number;
  stats: CountingStats;
  plusMinus: number | null;
  /** Team rebounds and turnovers (charged to no player); undefined when the source does not say. */
  teamReb?: number | null;
  teamTov?: number | null;
}

export async function upsertTeamLines(database: Database, lines: TeamLineInput[]): Promise<UpsertCounts> {
  const columns = ['game_id', 'team_id', 'min', ...statColumns, 'plus_minus', 'team_reb', 'team_tov'];
  return bulkUpsert(database, {
    table: 'bb_team_lines',
    columns,
    rows: lines.map((l) => [
      l.gameId,
      l.teamId,
      l.min,
      ...statValues(l.stats),
      l.plusMinus,
      l.teamReb ?? null,
      l.teamTov ?? null,
    ]),
    conflict: ['game_id', 'team_id'],
    update: columns.slice(2),
  });
}

export async function ensurePlayers(
  database: Database,
  players: { sourceId: string; name: string }[],
): Promise<Map<string, number>> {
  const unique = [...new Map(players.map((p) => [p.sourceId, p])).values()];
  if (unique.length === 0) return new Map();
  await bulkUpsert(database, {
    table: 'bb_players',
    columns: ['source_id', 'name'],
    rows: unique.map((p) => [p.sourceId, p.name]),
    conflict: ['source_id'],
    update: ['name'],
  });
  const rows = await database.db
    .select({ id: bbPlayers.id, sourceId: bbPlayers.sourceId })
    .from(bbPlayers)
    .where(
      inArray(
        bbPlayers.sourceId,
        unique.map((p) => p.sourceId),
      ),
    );
  return new Map(rows.map((r) => [r.sourceId ?? '', r.id]));
}

export interface PlayerLineInput {
  gameId: number;
  playerId: number;
  teamId: number;
  season: number;
  min: number | null;
  stats: CountingStats;
  plusMinus: number | null;
}

export async function upsertPlayerLines(database: Database, lines: PlayerLineInput[]): Promise<UpsertCounts> {
  const counts = await upsertLines(database, lines);
  await upsertRosters(database, lines);
  return counts;
}

export async function upsertLines(database: Database, lines: PlayerLineInput[]): Promise<UpsertCounts> {
  const columns = ['game_id', 'player_id', 'team_id', 'min', ...statColumns, 'plus_minus'];
  return bulkUpsert(database, {
    table: 'bb_player_lines',
    columns,
    rows: lines.map((l) => [l.gameId, l.playerId, l.teamId, l.min, ...statValues(l.stats), l.plusMinus]),
    conflict: ['game_id', 'player_id'],
    update: columns.slice(2),
  });
}

/** Every player with a line is on that team's roster for the season. */
export async function upsertRosters(
  database: Database,
  lines: Pick<PlayerLineInput, 'playerId' | 'teamId' | 'season'>[],
): Promise<void> {
  await bulkUpsert(database, {
    table: 'bb_rosters',
    columns: ['player_id', 'team_id', 'season'],
    rows: lines.map((l) => [l.playerId, l.teamId, l.season]),
    conflict: ['player_id', 'team_id', 'season'],
    update: [],
  });
}

/**
 * Final scores for games known only from player logs, which print no score: a team's score is the
 * sum of its players' points, as on a printed box score. A file that misses a player-game (some
 * sources do) could sum to the wrong winner, so a sum that contradicts the winner the source states
 * leaves the score unknown rather than wrong. Games whose source gave a score are never touched.
 */
export async function scoreLogGames(database: Database, gameIds: number[]): Promise<void> {
  if (gameIds.length === 0) return;
  // Only the batch's games (found by id through the primary key), each one's lines summed through
  // the (game, player) index: joins against a set of ids were planned as scans of every game or
  // every line, which grew with the table, once per batch.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(NO_JIT));
    await tx.execute(sql`
    with sums as (
      select g.id, g.home_team_id, g.away_team_id, g.winner_team_id, t.home as h, t.away as a
      from bb_games g
      cross join lateral (
        select (sum(l.pts) filter (where l.team_id = g.home_team_id))::int as home,
          (sum(l.pts) filter (where l.team_id = g.away_team_id))::int as away
        from bb_player_lines l where l.game_id = g.id
      ) t
      where g.id = any(array(select value::int from json_array_elements_text(${JSON.stringify([...new Set(gameIds)])}::json)))
        and not g.venue_known and t.home is not null and t.away is not null
    ),
    scored as (
      select s.id,
        case when (s.h > s.a and s.winner_team_id = s.home_team_id) or (s.a > s.h and s.winner_team_id = s.away_team_id)
          then s.h end as home,
        case when (s.h > s.a and s.winner_team_id = s.home_team_id) or (s.a > s.h and s.winner_team_id = s.away_team_id)
          then s.a end as away
      from sums s
    )
    update bb_games g set home_score = s.home, away_score = s.away
    from scored s
    where g.id = s.id and (g.home_score, g.away_score) is distinct from (s.home, s.away)`);
  });
}
