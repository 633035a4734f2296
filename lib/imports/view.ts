// An import job as the API shows it (snake_case, ISO times); shared by the list and the single job.
import type { ImportJob } from '@/drizzle/schema';

export function importJobJson(j: ImportJob) {
  return {
    id: j.id,
    kind: j.kind,
    source: j.source,
    status: j.status,
    total_rows: j.totalRows,
    processed_rows: j.processedRows,
    inserted_rows: j.insertedRows,
    updated_rows: j.updatedRows,
    unchanged_rows: j.unchangedRows,
    rejected_rows: j.rejectedRows,
    error: j.error,
    created_at: j.createdAt.toISOString(),
    started_at: j.startedAt?.toISOString() ?? null,
    finished_at: j.finishedAt?.toISOString() ?? null,
  };
}
