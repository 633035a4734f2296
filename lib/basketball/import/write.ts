// Writes validated basketball data, idempotently: every row has a natural key, every write upserts.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { bbGames, bbPlayers, bbTeams } from '@/drizzle/schema';
import { bulkUpsert, type UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import { franchiseById } from '../franchises';
import type { CountingStats } from '../stat-fields';
import { countingKeys } from '../stats';

export interface TeamInput {
  sourceId: string;
  abbreviation: string;
  name: string;
  season: number;
}

/** Upserts teams by source id; a season older than the stored name never renames the team. */
export async function ensureTeams(database: Database, teams: TeamInput[]): Promise<Map<string, number>> {
  const unique = [...new Map(teams.map((t) => [t.sourceId, t])).values()];
  if (unique.length === 0) return new Map();
  const rows = await database.db
    .insert(bbTeams)
    .values(
      unique.map((t) => ({
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
  await bulkUpsert(database, {
    table: 'bb_games',
    columns: gameColumns,
    rows: games.map((g) => [
      g.sourceId,
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
    update: gameColumns.filter((c) => c !== 'source_id'),
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

/** Games already stored (from any source) for a date and an unordered pair of teams. */
export async function findGamesByTeams(
  database: Database,
  keys: { date: string; a: number; b: number }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await database.db
    .select({ id: bbGames.id, date: bbGames.date, home: bbGames.homeTeamId, away: bbGames.awayTeamId })
    .from(bbGames)
    .where(
      or(
        ...keys.map((k) =>
          and(
            eq(bbGames.date, k.date),
            or(
              and(eq(bbGames.homeTeamId, k.a), eq(bbGames.awayTeamId, k.b)),
              and(eq(bbGames.homeTeamId, k.b), eq(bbGames.awayTeamId, k.a)),
            ),
          ),
        ),
      ),
    );
  return new Map(rows.map((r) => [pairKey(r.date, r.home, r.away), r.id]));
}

export const pairKey = (date: string, a: number, b: number) => `${date}:${Math.min(a, b)}-${Math.max(a, b)}`;

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
  const columns = ['game_id', 'player_id', 'team_id', 'min', ...statColumns, 'plus_minus'];
  const counts = await bulkUpsert(database, {
    table: 'bb_player_lines',
    columns,
    rows: lines.map((l) => [l.gameId, l.playerId, l.teamId, l.min, ...statValues(l.stats), l.plusMinus]),
    conflict: ['game_id', 'player_id'],
    update: columns.slice(2),
  });
  await bulkUpsert(database, {
    table: 'bb_rosters',
    columns: ['player_id', 'team_id', 'season'],
    rows: lines.map((l) => [l.playerId, l.teamId, l.season]),
    conflict: ['player_id', 'team_id', 'season'],
    update: [],
  });
  return counts;
}
