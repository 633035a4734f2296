// A league's schedule from a CSV file (columns date,time,home,visitor,venue and optionally
// time_zone), run as an import job (kind basketball-schedule): each bad row is rejected with its
// reason, a game the league already has is left as it is (or, still unplayed, given the row's time
// and venue), so importing the same file again changes nothing.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ImportJob, League } from '@/drizzle/schema';
import type { Upload } from '@/lib/api/upload';
import type { Database, Db } from '@/lib/db/client';
import { finishImportJob, type Rejection, type RowCounts, recordProgress, startImportJob } from '@/lib/imports/job';
import { describeIssue } from '@/lib/imports/row-issue';
import { type ImportActor, startImport } from '@/lib/imports/start';
import { scheduleGameInput } from './input';
import { leagueTeams, resolveRow, type ScheduledGame, scheduleGames } from './write';

export const SCHEDULE_IMPORT_KIND = 'basketball-schedule';
export const scheduleColumns = ['date', 'time', 'home', 'visitor', 'venue', 'time_zone'] as const;
const BATCH = 200;

export function startScheduleImport(
  db: Db,
  actor: ImportActor,
  league: League,
  upload: Upload<'text/csv'>,
  opts: { filename?: string; timeZone?: string },
): Promise<ImportJob> {
  const source = opts.filename ?? 'schedule.csv';
  return startImport(db, actor, { kind: SCHEDULE_IMPORT_KIND, source, leagueId: league.id, ...upload }, (database, job) =>
    importSchedule(database, league, { ...job, createdBy: actor.userId, timeZone: opts.timeZone }),
  );
}

export async function importSchedule(
  database: Database,
  league: League,
  opts: { jobId: string; input: Readable; createdBy?: string | null; timeZone?: string },
): Promise<{ rows: number; counts: RowCounts; rejected: number }> {
  const db = database.db;
  await startImportJob(db, opts.jobId);
  const counts: RowCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let rows = 0;
  let rejected = 0;
  try {
    const teams = await leagueTeams(db, league.id);
    const seen = new Map<string, number>();
    let rejections: Rejection[] = [];
    let batch: { rowNumber: number; game: ScheduledGame }[] = [];
    const flush = async () => {
      const outcomes =
        batch.length === 0
          ? []
          : await scheduleGames(
              db,
              league,
              batch.map((b) => b.game),
              { createdBy: opts.createdBy, updateExisting: true },
            );
      for (const [i, o] of outcomes.entries()) {
        if (o.kind === 'created') counts.inserted++;
        else if (o.kind === 'unchanged') counts.unchanged++;
        else if (o.changed) counts.updated++;
        else {
          const rowNumber = batch[i]?.rowNumber ?? 0;
          rejections.push({
            rowNumber,
            reason: `row ${rowNumber}: game ${o.gameId} has already started; its time and venue stay`,
          });
        }
      }
      rejected += rejections.length;
      await recordProgress(db, opts.jobId, { processed: rows, counts, rejections });
      batch = [];
      rejections = [];
    };
    const parser = opts.input.pipe(
      parse({
        columns: true,
        info: true,
        bom: true,
        trim: true,
        skip_empty_lines: true,
        relax_column_count: true,
        skip_records_with_error: true,
      }),
    );
    parser.on('skip', (err: Error & { lines?: number }) => {
      rows++;
      rejections.push({ rowNumber: err.lines ?? 0, reason: `row ${err.lines ?? '?'}: unreadable CSV: ${err.message}` });
    });
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      rows++;
      const rowNumber = info.lines;
      const raw = JSON.stringify(record);
      // Empty cells are absent values; the upload's time zone stands in for a missing column.
      const values = Object.fromEntries(
        scheduleColumns.map((c) => [c, record[c] === undefined || record[c] === '' ? undefined : record[c]]),
      );
      values.time_zone ??= values.time ? opts.timeZone : undefined;
      const parsed = scheduleGameInput.safeParse(values);
      if (!parsed.success) {
        rejections.push({ rowNumber, reason: `row ${rowNumber}, ${describeIssue(values, parsed.error.issues[0])}`, raw });
        continue;
      }
      const game = resolveRow(teams, league, parsed.data);
      if ('reason' in game) {
        rejections.push({ rowNumber, reason: `row ${rowNumber}, ${game.field}: ${game.reason}`, raw });
        continue;
      }
      const key = `${game.date}|${Math.min(game.homeTeamId, game.awayTeamId)}|${Math.max(game.homeTeamId, game.awayTeamId)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        rejections.push({
          rowNumber,
          reason: `row ${rowNumber}: repeats row ${first} (the same date and teams); not imported`,
          raw,
        });
        continue;
      }
      seen.set(key, rowNumber);
      batch.push({ rowNumber, game });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    await finishImportJob(db, opts.jobId, { total: rows, rejected });
    return { rows, counts, rejected };
  } catch (err) {
    await finishImportJob(db, opts.jobId, { error: err instanceof Error ? err.message : String(err) });
    throw err;
  }
}
