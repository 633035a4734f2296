// Bulk upsert for imports: COPY into a temporary table and one INSERT … ON CONFLICT on Postgres
// (postgres.js streams COPY FROM STDIN); multi-row INSERTs on PGlite, which has no COPY stream.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
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

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier ${name}`);
  return `"${name}"`;
};

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

// A row whose values are all as stored is not written at all (no dead tuple, no trigger), and is
// counted as unchanged; xmax = 0 tells a fresh insert from an update in what comes back.
function upsertTail(op: BulkUpsert): string {
  const cols = op.columns.map(ident).join(', ');
  const set = op.update.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ');
  const table = ident(op.table);
  const changed = `(${op.update.map((c) => `${table}.${ident(c)}`).join(', ')}) is distinct from (${op.update
    .map((c) => `excluded.${ident(c)}`)
    .join(', ')})`;
  const conflict = `on conflict (${op.conflict.map(ident).join(', ')}) ${set ? `do update set ${set} where ${changed}` : 'do nothing'}`;
  return `${cols}) %SOURCE% ${conflict} returning (xmax = 0) as inserted`;
}

function countOf(total: number, returned: { inserted: boolean }[]): UpsertCounts {
  const inserted = returned.filter((r) => r.inserted).length;
  return { inserted, updated: returned.length - inserted, unchanged: total - returned.length };
}

/** One row per conflict key (the last wins): Postgres refuses to upsert the same row twice in one statement. */
function dedupe(op: BulkUpsert): unknown[][] {
  const at = op.conflict.map((c) => op.columns.indexOf(c));
  const byKey = new Map<string, unknown[]>();
  for (const row of op.rows) byKey.set(JSON.stringify(at.map((i) => row[i])), row);
  return [...byKey.values()];
}

export async function bulkUpsert(database: Database, input: BulkUpsert): Promise<UpsertCounts> {
  const op = { ...input, rows: dedupe(input) };
  if (op.rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const cols = op.columns.map(ident).join(', ');
  if (database.kind === 'postgres' && database.sql) {
    const tmp = `tmp_${op.table}_${process.pid}_${Date.now()}`;
    const returned = await database.sql.begin(async (tx) => {
      await tx.unsafe(`create temp table ${ident(tmp)} (like ${ident(op.table)} including defaults) on commit drop`);
      const writable = await tx.unsafe(`copy ${ident(tmp)} (${cols}) from stdin with (format csv)`).writable();
      const lines = op.rows.map(copyCsvLine);
      await pipeline(Readable.from(lines), writable);
      return tx.unsafe<{ inserted: boolean }[]>(
        `insert into ${ident(op.table)} (${upsertTail(op).replace('%SOURCE%', `select ${cols} from ${ident(tmp)}`)}`,
      );
    });
    return countOf(op.rows.length, [...returned]);
  }
  const returned: { inserted: boolean }[] = [];
  // PGlite: parameterised multi-row inserts, sized under Postgres' 65535-parameter limit.
  const perBatch = Math.max(1, Math.floor(30_000 / op.columns.length));
  for (let i = 0; i < op.rows.length; i += perBatch) {
    const chunk = op.rows.slice(i, i + perBatch);
    const values = sql.join(
      chunk.map(
        (r) =>
          sql`(${sql.join(
            r.map((v) => sql`${v}`),
            sql`, `,
          )})`,
      ),
      sql`, `,
    );
    const [head, tail] = upsertTail(op).split('%SOURCE%') as [string, string];
    const result = await database.db.execute(
      sql`insert into ${sql.raw(ident(op.table))} (${sql.raw(head)} values ${values} ${sql.raw(tail)}`,
    );
    returned.push(...rowsOf<{ inserted: boolean }>(result));
  }
  return countOf(op.rows.length, returned);
}
