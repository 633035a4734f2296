// Bulk upsert for imports: a batch travels as one JSON parameter, is typed by the table's own row
// type (json_populate_recordset) and merged in one INSERT … ON CONFLICT: one statement, one round
// trip, no temporary table and no per-column casts, the same SQL on Postgres and on PGlite.
import { sql } from 'drizzle-orm';
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

export async function bulkUpsert(database: Database, input: BulkUpsert): Promise<UpsertCounts> {
  const op = { ...input, rows: dedupe(input) };
  let counts = noCounts();
  const cols = op.columns.map(ident).join(', ');
  const tail = conflictClause(op.table, op.conflict, op.update);
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
