// One basketball import: stream the file, validate every row, write in batches inside an import
// job that records progress, counts and each rejected row. Re-importing a file changes nothing.
import { Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { invalidateTags } from '@/lib/cache/cached';
import { addCounts } from '@/lib/db/bulk';
import type { Database } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import { followImport } from '@/lib/imports/follow-ups';
import {
  createImportJob,
  finishImportJob,
  type Rejection,
  type RowCounts,
  recordProgress,
  startImportJob,
} from '@/lib/imports/job';
import { RowKeys } from '@/lib/imports/row-keys';
import { type Parsed, type PlayerLogLine, playerLogCellParser, recordOf } from '../player-game-log';
import { basketballTags } from '../tags';
import type { TeamGameLogFullRow } from '../team-game-log';
import { touchBasketballData } from '../versioned-cache';
import { type BasketballFormat, detectFormat } from './formats';
import { importStatlineJson } from './json-format';
import { LogTeams, landPlayerLines, type PreparedLines, preparePlayerLines } from './player-logs';
import { importResults } from './results';
import { type NumberedRow, validateTeamRow, writeTeamGames } from './team-logs';
import { importLeagueId } from './write';

export interface ImportProgress {
  bytes: number;
  totalBytes: number | null;
  rows: number;
  rejected: number;
}

export interface ImportOptions {
  source: string;
  input: Readable;
  totalBytes?: number | null;
  createdBy?: string | null;
  /** An existing queued job (an upload) to run under; otherwise one is created. */
  jobId?: string;
  onProgress?: (p: ImportProgress) => void;
  /** False: start no follow-up (lib/imports/follow-ups.ts), as for the demo, which trains its models itself. */
  followUps?: boolean;
}

interface ImportState {
  bytes: number;
  rows: number;
  counts: RowCounts;
  rejected: number;
}

export interface ImportSummary {
  jobId: string;
  format: BasketballFormat;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  ms: number;
}

const TEAM_BATCH_GAMES = 500;
// Per-batch statements (teams, games, players, scores, progress) cost the same for 10 rows or 10,000:
// large batches spread them thin. Two are held at once (one written, one parsed): a few tens of MB.
const PLAYER_BATCH_ROWS = 25_000;

export async function importBasketball(database: Database, opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const db = database.db;
  const jobId =
    opts.jobId ?? (await createImportJob(db, { kind: 'basketball', source: opts.source, createdBy: opts.createdBy })).id;
  await startImportJob(db, jobId);
  const state: ImportState = { bytes: 0, rows: 0, counts: { inserted: 0, updated: 0, unchanged: 0 }, rejected: 0 };
  const report = async (rejections: Rejection[], processed = state.rows) => {
    state.rejected += rejections.length;
    await recordProgress(db, jobId, { processed, counts: state.counts, rejections });
    opts.onProgress?.({ bytes: state.bytes, totalBytes: opts.totalBytes ?? null, rows: processed, rejected: state.rejected });
  };
  try {
    const counted = opts.input.pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          state.bytes += chunk.length;
          done(null, chunk);
        },
      }),
    );
    const { head, stream } = await peek(counted);
    const format = detectFormat(head);
    if (!format) {
      throw new DomainError(
        'bad_request',
        'Unrecognised file: expected a stats.nba.com team game log, a player game log CSV, a results CSV (date,season,home_team,visitor_team,home_team_score,visitor_team_score), or a Statline JSON export.',
      );
    }
    if (format === 'statline-json' || format === 'results') {
      const text = await readAll(stream);
      const result = format === 'results' ? await importResults(database, text) : await importStatlineJson(database, text);
      state.rows = result.rows;
      state.counts = result.counts;
      await report(result.rejections);
    } else {
      await importCsv(database, stream, format, state, report);
    }
    // Before the job reads as done: once it does, no read may still be served from before the import.
    await touchBasketballData(db);
    await finishImportJob(db, jobId, { total: state.rows, rejected: state.rejected });
    await invalidateTags(basketballTags.all);
    const changed = state.counts.inserted + state.counts.updated;
    if (changed > 0 && opts.followUps !== false)
      followImport(database, { kind: 'basketball', jobId, leagueId: await importLeagueId(db), changed });
    return {
      jobId,
      format,
      rows: state.rows,
      inserted: state.counts.inserted,
      updated: state.counts.updated,
      unchanged: state.counts.unchanged,
      rejected: state.rejected,
      ms: Math.round(performance.now() - started),
    };
  } catch (err) {
    await finishImportJob(db, jobId, { error: err instanceof Error ? err.message : String(err) });
    // Batches written before the failure stay: reads must see them too.
    await touchBasketballData(db);
    await invalidateTags(basketballTags.all);
    throw err;
  }
}

async function importCsv(
  database: Database,
  stream: Readable,
  format: 'team-game-log' | 'player-game-log',
  state: ImportState,
  report: (rejections: Rejection[], processed?: number) => Promise<void>,
): Promise<void> {
  // Each row's natural key → the row it was first seen on: a repeat is rejected, never merged.
  // Player logs: date (17 bits of days), team (8 bits), player (28 bits of distinct spellings).
  const seen = format === 'team-game-log' ? new RowKeys([26, 26]) : new RowKeys([17, 8, 28]);
  const repeated = (key: string[], rowNumber: number, what: string): Rejection | null => {
    const first = seen.firstRow(key, rowNumber);
    if (first === undefined) return null;
    return { rowNumber, reason: `row ${rowNumber}: repeats row ${first} (the same ${what}); not imported` };
  };
  const parser = stream.pipe(
    // Rows as arrays, not objects: a record object per row cost more than the rest of parsing. The
    // first row is the header; a row becomes a record (as `columns: true` would make it) only to be
    // validated by a schema or stored as rejected.
    parse({
      info: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }),
  );
  let rejections: Rejection[] = [];
  parser.on('skip', (err: Error & { lines?: number }) => {
    state.rows++;
    rejections.push({ rowNumber: err.lines ?? 0, reason: `row ${err.lines ?? '?'}: unreadable CSV: ${err.message}` });
  });
  const logTeams = new LogTeams();
  const pending = new Map<string, NumberedRow<TeamGameLogFullRow>[]>();
  let ready: NumberedRow<TeamGameLogFullRow>[] = [];
  let lines: NumberedRow<PlayerLogLine>[] = [];

  // Three batches in flight, each at its own stage: one parsed (here), one prepared (its teams,
  // games and players resolved) and one landed (its lines written), the last two on the pool's two
  // connections. Each stage takes its batches in file order, so counts and reports stay in order.
  let prepared: Promise<PreparedLines | null> = Promise.resolve(null);
  let landed: Promise<void> = Promise.resolve();
  let landedBefore: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = { ready, lines, rejections, processed: state.rows };
    ready = [];
    lines = [];
    rejections = [];
    // No more than one batch waits to be prepared: memory stays a few batches whatever the file's size.
    await landedBefore;
    const preparing = prepared.then(() =>
      format === 'team-game-log' ? null : preparePlayerLines(database, batch.lines, logTeams),
    );
    prepared = preparing;
    landedBefore = landed;
    landed = Promise.all([landed, preparing]).then(async ([, p]) => {
      const result = p === null ? await writeTeamGames(database, batch.ready) : await landPlayerLines(database, p);
      state.counts = addCounts(state.counts, result.counts);
      await report([...batch.rejections, ...result.rejections], batch.processed);
    });
    // A failed write surfaces at the next flush or at the end, never as an unhandled rejection.
    preparing.catch(() => {});
    landed.catch(() => {});
  };

  let header: string[] | null = null;
  let parseCells: ((cells: readonly string[]) => Parsed<PlayerLogLine>) | null = null;
  for await (const { record: cells, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = cells;
      parseCells = playerLogCellParser(header);
      continue;
    }
    state.rows++;
    const rowNumber = info.lines;
    if (format === 'team-game-log') {
      const record = recordOf(header, cells);
      const v = validateTeamRow(record, rowNumber);
      if ('reason' in v) {
        rejections.push(v);
        continue;
      }
      const repeat = repeated([v.row.GAME_ID, v.row.TEAM_ID], rowNumber, 'game and team');
      if (repeat) {
        rejections.push({ ...repeat, raw: JSON.stringify(record) });
        continue;
      }
      const group = [...(pending.get(v.row.GAME_ID) ?? []), v];
      if (group.length === 2) {
        pending.delete(v.row.GAME_ID);
        ready.push(...group);
      } else pending.set(v.row.GAME_ID, group);
      if (ready.length >= TEAM_BATCH_GAMES * 2) await flush();
    } else {
      const p = (parseCells as (cells: readonly string[]) => Parsed<PlayerLogLine>)(cells);
      const raw = () => JSON.stringify(recordOf(header as string[], cells));
      if (!p.ok) rejections.push({ rowNumber, reason: `row ${rowNumber}, ${p.reason}`, raw: raw() });
      else {
        const repeat = repeated([p.value.date, p.value.team, p.value.player], rowNumber, 'player, team and date');
        if (repeat) rejections.push({ ...repeat, raw: raw() });
        // Not the record: a batch waits while the next is parsed, and its rows should be small.
        else lines.push({ rowNumber, row: p.value });
      }
      if (lines.length >= PLAYER_BATCH_ROWS) await flush();
    }
  }
  for (const group of pending.values()) {
    for (const r of group) {
      rejections.push({
        rowNumber: r.rowNumber,
        reason: `row ${r.rowNumber}, GAME_ID: '${r.row.GAME_ID}' has no row for the other team`,
        raw: JSON.stringify(r.record ?? r.row),
      });
    }
  }
  await flush();
  await landed;
}

/** Reads the first chunk to sniff the format, then hands back a stream that still starts with it. */
async function peek(stream: Readable): Promise<{ head: string; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? '' : Buffer.from(first.value as Buffer).toString('utf8');
  async function* rest() {
    if (!first.done) yield first.value as Buffer;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  }
  return { head, stream: Readable.from(rest()) };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
