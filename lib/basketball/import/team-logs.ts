// Team game logs → teams, games (home/away, scores, winner) and team box-score lines.
import type { UpsertCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import type { Rejection } from '@/lib/imports/job';
import { describeIssue } from '@/lib/imports/row-issue';
import { pairGames, type TeamGameLogFullRow, teamGameLogFullRow, teamLineStats } from '../team-game-log';
import { ensureTeams, upsertGames, upsertTeamLines } from './write';

export interface NumberedRow<T> {
  rowNumber: number;
  row: T;
  /** The CSV record as read, serialised only for a row that is rejected; without it, the row as understood. */
  record?: Record<string, string>;
}

/** Validates one CSV record; a failure becomes a rejection with the row number and first problem. */
export function validateTeamRow(record: Record<string, string>, rowNumber: number): NumberedRow<TeamGameLogFullRow> | Rejection {
  const parsed = teamGameLogFullRow.safeParse(record);
  if (!parsed.success) {
    return {
      rowNumber,
      reason: `row ${rowNumber}, ${describeIssue(record, parsed.error.issues[0])}`,
      raw: JSON.stringify(record),
    };
  }
  return { rowNumber, row: parsed.data, record };
}

/** Writes complete games (both rows present); returns rows written and rows rejected. */
export async function writeTeamGames(
  database: Database,
  rows: NumberedRow<TeamGameLogFullRow>[],
): Promise<{ written: number; counts: UpsertCounts; rejections: Rejection[] }> {
  const { games, problems } = pairGames(rows.map((r) => r.row));
  const rejections: Rejection[] = [];
  for (const problem of problems) {
    const gameId = /^game (\d+)/.exec(problem)?.[1];
    for (const r of rows.filter((x) => x.row.GAME_ID === gameId))
      rejections.push({ rowNumber: r.rowNumber, reason: problem, raw: JSON.stringify(r.record ?? r.row) });
  }
  if (games.length === 0) return { written: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, rejections };
  const teamIds = await ensureTeams(
    database,
    games.flatMap((g) => [
      { ...g.home, season: g.season },
      { ...g.away, season: g.season },
    ]),
  );
  const id = (sourceId: string) => teamIds.get(sourceId) ?? Number.NaN;
  const gameIds = await upsertGames(
    database,
    games.map((g) => ({
      sourceId: g.sourceId,
      season: g.season,
      date: g.date,
      postseason: g.postseason,
      homeTeamId: id(g.home.sourceId),
      awayTeamId: id(g.away.sourceId),
      homeScore: g.homeScore,
      awayScore: g.awayScore,
      venueKnown: true,
      winnerTeamId: id(g.homeRow.WL === 'W' ? g.home.sourceId : g.away.sourceId),
    })),
  );
  const counts = await upsertTeamLines(
    database,
    games.flatMap((g) =>
      [g.homeRow, g.awayRow].map((r) => ({
        gameId: gameIds.get(g.sourceId) ?? Number.NaN,
        teamId: id(r.TEAM_ID),
        min: r.MIN,
        stats: teamLineStats(r),
        plusMinus: r.PLUS_MINUS,
      })),
    ),
  );
  return { written: games.length * 2, counts, rejections };
}
