// Bulk upsert for imports, merged in one INSERT … ON CONFLICT per chunk. A small batch travels as one
// JSON parameter typed by the table's own row type (json_populate_recordset): one statement, one
// round trip, the same SQL on Postgres and on PGlite. A large batch on Postgres is COPYed into a
// temporary table first: decoding JSON into records measured ~20 µs a row on the server, COPY's
// CSV reader a small fraction of that, and on a million-row import that was the largest single cost.
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { copyCsvLine } from '@/lib/csv';
import { type Database, rowsOf } from './client';

export interface BulkUpsert {
  table: string;
  columns: string[];
  rows: unknown[][];
  /** Unique columns to upsert on. */
  conflict: string[];
  /** Columns overwritten on conflict (the rest keep their stored values). */
  update: string[];
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const noCounts = (): UpsertCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

export const addCounts = (a: UpsertCounts, b: UpsertCounts): UpsertCounts => ({
  inserted: a.inserted + b.inserted,
  updated: a.updated + b.updated,
  unchanged: a.unchanged + b.unchanged,
});

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier ${name}`);
  return `"${name}"`;
};

/**
 * The ON CONFLICT clause and RETURNING of an upsert. A row whose values are all as stored is not
 * written at all (no dead tuple, no trigger) and is counted as unchanged; xmax = 0 tells a fresh
 * insert from an update in what comes back.
 */
function conflictClause(table: string, conflict: string[], update: string[]): string {
  const t = ident(table);
  const set = update.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
  const changed = `(${update.map((c) => `${t}.${ident(c)}`).join(', ')}) is distinct from (${update
    .map((c) => `excluded.${ident(c)}`)
    .join(', ')})`;
  const action = set ? `do update set ${set} where ${changed}` : 'do nothing';
  return `on conflict (${conflict.map(ident).join(', ')}) ${action} returning (xmax = 0) as inserted`;
}

function countOf(total: number, returned: { inserted: boolean }[]): UpsertCounts {
  const inserted = returned.filter((r) => r.inserted).length;
  return { inserted, updated: returned.length - inserted, unchanged: total - returned.length };
}

/** One row per conflict key (the last wins): Postgres refuses to upsert the same row twice in one statement. */
function dedupe(op: BulkUpsert): unknown[][] {
  const at = op.conflict.map((c) => op.columns.indexOf(c));
  const byKey = new Map<string, unknown[]>();
  for (const row of op.rows) byKey.set(at.length === 1 ? String(row[at[0] ?? 0]) : at.map((i) => row[i]).join('\u0000'), row);
  return [...byKey.values()];
}

/** Rows as the JSON array of objects json_populate_recordset reads, keyed by column name. */
function recordsJson(columns: string[], rows: unknown[][]): string {
  return JSON.stringify(rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))));
}

// Large enough that a statement's fixed cost vanishes, small enough that one JSON text stays a few MB.
const ROWS_PER_STATEMENT = 20_000;

/**
 * For a bulk statement's transaction. Mid-import the planner's statistics lag far behind the tables
 * (a million rows arrive between two autovacuum analyses), so it guesses costs high enough to JIT-
 * compile; the compile measured ~0.8 s a statement, several times the statement's own run.
 */
export const NO_JIT = 'set local jit = off';

// Below this many rows a batch goes as JSON: COPY's extra round trips (begin, temp table, copy, commit) cost more.
const COPY_FROM_ROWS = 500;

/**
 * A chunk COPYed into a temporary table (no constraints, no defaults: it only carries values) and
 * merged from it in the same transaction. The merge reads the rows in the conflict key's order, so
 * the unique index (and indexes that lead with the same column) grow by appending, not at random.
 */
async function copyUpsert(pg: postgres.Sql, op: BulkUpsert, rows: unknown[][], tail: string): Promise<UpsertCounts> {
  const cols = op.columns.map(ident).join(', ');
  const stage = ident(`stage_${op.table}`);
  const returned = await pg.begin(async (tx) => {
    await tx.unsafe(NO_JIT);
    // The merge sorts the chunk by its key: in memory, not spilled to disk in 4 MB runs.
    await tx.unsafe(`set local work_mem = '64MB'`);
    await tx.unsafe(`create temp table ${stage} on commit drop as select ${cols} from ${ident(op.table)} with no data`);
    const writable = await tx.unsafe(`copy ${stage} (${cols}) from stdin with (format csv)`).writable();
    // A few large writes, not one per row: per-write overhead in the stream was most of COPY's client cost.
    const ended = new Promise<void>((resolve, reject) => {
      writable.on('finish', resolve);
      writable.on('error', reject);
    });
    for (let i = 0; i < rows.length; i += 2000) {
      let text = '';
      for (const row of rows.slice(i, i + 2000)) text += copyCsvLine(row);
      if (!writable.write(text)) await new Promise((r) => writable.once('drain', r));
    }
    writable.end();
    await ended;
    const [written] = await tx.unsafe<{ inserted: number; written: number }[]>(
      `with merged as (
         insert into ${ident(op.table)} (${cols}) select ${cols} from ${stage} order by ${op.conflict.map(ident).join(', ')} ${tail})
       select (count(*) filter (where inserted))::int as inserted, count(*)::int as written from merged`,
    );
    return written ?? { inserted: 0, written: 0 };
  });
  return {
    inserted: returned.inserted,
    updated: returned.written - returned.inserted,
    unchanged: rows.length - returned.written,
  };
}

export async function bulkUpsert(database: Database, input: BulkUpsert): Promise<UpsertCounts> {
  const op = { ...input, rows: dedupe(input) };
  let counts = noCounts();
  const cols = op.columns.map(ident).join(', ');
  const tail = conflictClause(op.table, op.conflict, op.update);
  if (database.sql && op.rows.length >= COPY_FROM_ROWS) return copyUpsert(database.sql, op, op.rows, tail);
  for (let i = 0; i < op.rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = op.rows.slice(i, i + ROWS_PER_STATEMENT);
    const returned = rowsOf<{ inserted: boolean }>(
      await database.db.execute(
        sql`insert into ${sql.raw(ident(op.table))} (${sql.raw(cols)}) select ${sql.raw(cols)} from json_populate_recordset(null::${sql.raw(ident(op.table))}, ${recordsJson(op.columns, chunk)}::json) ${sql.raw(tail)}`,
      ),
    );
    counts = addCounts(counts, countOf(chunk.length, returned));
  }
  return counts;
}
