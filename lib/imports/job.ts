// Import jobs: one row per run with progress, counts and each rejected row with its reason, so a
// CLI, an admin page and a later reader all see the same story.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { type ImportJob, importJobs, importRejections } from '@/drizzle/schema';
import type { Db } from '@/lib/db/client';

export interface Rejection {
  rowNumber: number;
  reason: string;
  raw?: string;
}

export async function createImportJob(
  db: Db,
  input: { kind: string; source: string; createdBy?: string | null; leagueId?: number | null },
): Promise<ImportJob> {
  const [job] = await db
    .insert(importJobs)
    .values({
      kind: input.kind,
      source: input.source,
      createdBy: input.createdBy ?? null,
      leagueId: input.leagueId ?? null,
      status: 'queued',
    })
    .returning();
  if (!job) throw new Error('import job insert returned nothing');
  return job;
}

export async function startImportJob(db: Db, id: string): Promise<void> {
  await db.update(importJobs).set({ status: 'running', startedAt: sql`now()` }).where(eq(importJobs.id, id));
}

export interface RowCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function recordProgress(
  db: Db,
  id: string,
  p: { processed: number; counts: RowCounts; total?: number | null; rejections: Rejection[] },
): Promise<void> {
  if (p.rejections.length > 0) {
    await db
      .insert(importRejections)
      .values(p.rejections.map((r) => ({ jobId: id, rowNumber: r.rowNumber, reason: r.reason, raw: r.raw?.slice(0, 2000) })));
  }
  await db
    .update(importJobs)
    .set({
      processedRows: p.processed,
      insertedRows: p.counts.inserted,
      updatedRows: p.counts.updated,
      unchangedRows: p.counts.unchanged,
      rejectedRows: sql`${importJobs.rejectedRows} + ${p.rejections.length}`,
      ...(p.total === undefined ? {} : { totalRows: p.total }),
    })
    .where(eq(importJobs.id, id));
}

/** What the job's status says: every row landed, some did, or none did (or the run broke). */
export function outcomeStatus(rows: number, rejected: number, error?: string): 'succeeded' | 'partial' | 'failed' {
  if (error) return 'failed';
  if (rejected === 0) return 'succeeded';
  return rejected >= rows ? 'failed' : 'partial';
}

export async function finishImportJob(
  db: Db,
  id: string,
  outcome: { error?: string; total?: number; rejected?: number },
): Promise<void> {
  const total = outcome.total ?? 0;
  const status = outcomeStatus(total, outcome.rejected ?? 0, outcome.error);
  await db
    .update(importJobs)
    .set({
      status,
      error: outcome.error ?? (status === 'failed' ? `Every one of the ${total} rows was rejected: nothing was imported.` : null),
      finishedAt: sql`now()`,
      ...(outcome.total === undefined ? {} : { totalRows: outcome.total }),
    })
    .where(eq(importJobs.id, id));
}

export async function getImportJob(db: Db, id: string): Promise<ImportJob | undefined> {
  const [job] = await db.select().from(importJobs).where(eq(importJobs.id, id));
  return job;
}

export async function listRejections(db: Db, jobId: string, limit = 100) {
  return db
    .select({ rowNumber: importRejections.rowNumber, reason: importRejections.reason, raw: importRejections.raw })
    .from(importRejections)
    .where(and(eq(importRejections.jobId, jobId)))
    .orderBy(asc(importRejections.rowNumber))
    .limit(limit);
}

/** Newest first; `afterId` continues after that job (keyset on created_at, id). */
export async function listImportJobs(
  db: Db,
  opts: { kind: string; afterId?: string; limit: number; leagueId?: number },
): Promise<ImportJob[]> {
  const after = opts.afterId
    ? sql`(${importJobs.createdAt}, ${importJobs.id}) < (select j.created_at, j.id from import_jobs j where j.id = ${opts.afterId})`
    : undefined;
  return db
    .select()
    .from(importJobs)
    .where(
      and(
        eq(importJobs.kind, opts.kind),
        after,
        opts.leagueId === undefined ? undefined : eq(importJobs.leagueId, opts.leagueId),
      ),
    )
    .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
    .limit(opts.limit);
}
