// Results-only files: `date,season,home_team,visitor_team,home_team_score,visitor_team_score` (an
// optional `postseason` column), for seasons of which only the scores are known. Each row becomes a
// final game of the import league with its venue and winner, and no box score: standings count it
// and the game models use its score-only features. Re-importing a file changes nothing.
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { bbGames, bbTeams } from '@/drizzle/schema';
import { bulkUpsert, type UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import type { Rejection } from '@/lib/imports/job';
import { describeIssue } from '@/lib/imports/row-issue';
import { nbaTeamBySpelling } from '../team-spellings';
import { ensureTeams, importLeagueId } from './write';

export const RESULTS_COLUMNS = ['date', 'season', 'home_team', 'visitor_team', 'home_team_score', 'visitor_team_score'] as const;

const score = z
  .string()
  .regex(/^\d{1,3}$/, 'expected a whole number of points')
  .transform(Number);

/** `2019-20` or its start year `2019`: the season's start year, as Statline stores seasons. */
export const seasonCell = z
  .string()
  .regex(/^\d{4}(-\d{2})?$/, "expected a season like '2019-20' or its start year 2019")
  .refine((s) => {
    const [start, end] = s.split('-');
    return end === undefined || (Number(start) + 1) % 100 === Number(end);
  }, "expected the second year to follow the first, as in '2019-20'")
  .transform((s) => Number(s.slice(0, 4)))
  .refine((y) => y >= 1900 && y <= 2200, 'expected a season between 1900 and 2200');

const resultRow = z
  .object({
    date: z.iso.date('expected a date like 2019-10-22'),
    season: seasonCell,
    home_team: z.string().trim().min(1, 'expected a team name or abbreviation').max(100),
    visitor_team: z.string().trim().min(1, 'expected a team name or abbreviation').max(100),
    home_team_score: score,
    visitor_team_score: score,
    postseason: z
      .enum(['', 'true', 'false', '1', '0', 'TRUE', 'FALSE'])
      .optional()
      .transform((v) => v === 'true' || v === '1' || v === 'TRUE'),
  })
  .refine((r) => r.home_team_score !== r.visitor_team_score, {
    path: ['visitor_team_score'],
    message: 'equals the home score: a basketball game has a winner',
  });
type ResultRow = z.infer<typeof resultRow>;

interface LeagueTeam {
  id: number;
  sourceId: string | null;
  name: string;
  abbreviation: string;
}

/** Resolves spellings to team ids: the league's stored names and abbreviations first, then the NBA's spellings. */
async function teamResolver(database: Database, leagueId: number, rows: { row: ResultRow }[]) {
  const stored: LeagueTeam[] = await database.db
    .select({ id: bbTeams.id, sourceId: bbTeams.sourceId, name: bbTeams.name, abbreviation: bbTeams.abbreviation })
    .from(bbTeams)
    .where(eq(bbTeams.leagueId, leagueId));
  const key = (s: string) => s.trim().toLowerCase();
  const byName = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const t of stored) {
    byName.set(key(t.abbreviation), t.id);
    byName.set(key(t.name), t.id);
    if (t.sourceId) bySource.set(t.sourceId, t.id);
  }
  // NBA franchises the league does not hold yet are created, as a team game log would create them.
  const missing = new Map<string, { sourceId: string; abbreviation: string; name: string; season: number }>();
  for (const { row } of rows) {
    for (const spelling of [row.home_team, row.visitor_team]) {
      if (byName.has(key(spelling))) continue;
      const nba = nbaTeamBySpelling(spelling, row.season);
      if (nba && !bySource.has(nba.teamId) && !missing.has(nba.teamId)) {
        missing.set(nba.teamId, { sourceId: nba.teamId, abbreviation: nba.abbreviation, name: nba.name, season: row.season });
      }
    }
  }
  if (missing.size > 0)
    for (const [sourceId, id] of await ensureTeams(database, [...missing.values()])) bySource.set(sourceId, id);
  return (spelling: string, season: number): number | null => {
    const direct = byName.get(key(spelling));
    if (direct !== undefined) return direct;
    const nba = nbaTeamBySpelling(spelling, season);
    return nba ? (bySource.get(nba.teamId) ?? null) : null;
  };
}

export async function importResults(
  database: Database,
  text: string,
): Promise<{ rows: number; counts: UpsertCounts; rejections: Rejection[] }> {
  const records = parse(text, {
    columns: true,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const rejections: Rejection[] = [];
  const valid: { rowNumber: number; row: ResultRow; record: Record<string, string> }[] = [];
  for (const { record, info } of records) {
    const parsed = resultRow.safeParse(record);
    if (!parsed.success) {
      rejections.push({
        rowNumber: info.lines,
        reason: `row ${info.lines}, ${describeIssue(record, parsed.error.issues[0])}`,
        raw: JSON.stringify(record),
      });
    } else valid.push({ rowNumber: info.lines, row: parsed.data, record });
  }
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (valid.length === 0) return { rows: records.length, counts, rejections };

  const leagueId = await importLeagueId(database.db);
  const teamOf = await teamResolver(database, leagueId, valid);
  const reject = (r: (typeof valid)[number], reason: string) =>
    rejections.push({ rowNumber: r.rowNumber, reason: `row ${r.rowNumber}, ${reason}`, raw: JSON.stringify(r.record) });

  const seen = new Map<string, number>();
  const games: { r: (typeof valid)[number]; home: number; away: number; sourceId: string }[] = [];
  for (const r of valid) {
    const home = teamOf(r.row.home_team, r.row.season);
    const away = teamOf(r.row.visitor_team, r.row.season);
    if (home === null) reject(r, `home_team: '${r.row.home_team}' is no team of the league (a full name or abbreviation)`);
    else if (away === null)
      reject(r, `visitor_team: '${r.row.visitor_team}' is no team of the league (a full name or abbreviation)`);
    else if (home === away) reject(r, `visitor_team: '${r.row.visitor_team}' is the home team: a team cannot play itself`);
    else {
      const sourceId = `results:${r.row.date}:${home}:${away}`;
      const first = seen.get(sourceId);
      if (first !== undefined) reject(r, `repeats row ${first} (the same date and teams); not imported`);
      else {
        seen.set(sourceId, r.rowNumber);
        games.push({ r, home, away, sourceId });
      }
    }
  }

  // A game already stored from a box score (same day, same teams) is the record: a results row agrees
  // with it (nothing to do) or is rejected, never a second copy of the game.
  const dates = [...new Set(games.map((g) => g.r.row.date))];
  const existing =
    dates.length === 0
      ? []
      : await database.db
          .select({
            id: bbGames.id,
            sourceId: bbGames.sourceId,
            date: sql<string>`${bbGames.date}::text`,
            home: bbGames.homeTeamId,
            away: bbGames.awayTeamId,
            homeScore: bbGames.homeScore,
            awayScore: bbGames.awayScore,
          })
          .from(bbGames)
          .where(and(eq(bbGames.leagueId, leagueId), inArray(bbGames.date, dates)));
  const other = new Map(
    existing.filter((g) => !g.sourceId?.startsWith('results:')).map((g) => [`${g.date}:${g.home}:${g.away}`, g]),
  );
  const toWrite = games.filter((g) => {
    const stored = other.get(`${g.r.row.date}:${g.home}:${g.away}`);
    if (!stored) return true;
    if (stored.homeScore === g.r.row.home_team_score && stored.awayScore === g.r.row.visitor_team_score) counts.unchanged++;
    else {
      reject(
        g.r,
        `the game of ${g.r.row.date} is stored with its box score at ${stored.homeScore}-${stored.awayScore}; a results row does not change it`,
      );
    }
    return false;
  });
  if (toWrite.length > 0) {
    const written = await bulkUpsert(database, {
      table: 'bb_games',
      columns: [...gameColumns],
      rows: toWrite.map(({ r, home, away, sourceId }) => [
        sourceId,
        leagueId,
        r.row.season,
        r.row.date,
        r.row.postseason,
        home,
        away,
        r.row.home_team_score,
        r.row.visitor_team_score,
        true,
        r.row.home_team_score > r.row.visitor_team_score ? home : away,
        'final',
      ]),
      conflict: ['source_id'],
      update: gameColumns.filter((c) => c !== 'source_id' && c !== 'league_id'),
    });
    counts.inserted += written.inserted;
    counts.updated += written.updated;
    counts.unchanged += written.unchanged;
  }
  return { rows: records.length, counts, rejections: rejections.sort((a, b) => a.rowNumber - b.rowNumber) };
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
] as const;
