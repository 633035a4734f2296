// Starting an uploaded import: the job row (with a row estimate for a CSV) and its audit entry commit
// before the answer, the import itself runs after it. The caller polls the job, which records how it went.
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { ImportJob } from '@/drizzle/schema';
import { type AuditActor, recordAudit } from '@/lib/audit';
import { getDatabase } from '@/lib/db';
import type { Database, Db } from '@/lib/db/client';
import { chunked, estimateCsvRows, runInBackground } from './background';
import { createImportJob, recordProgress } from './job';

export interface ImportActor extends AuditActor {
  /** Where a failure of the background run is logged (the job records it too). */
  log: Logger;
}

export interface ImportUpload {
  kind: string;
  source: string;
  file: Buffer;
  /** The content type the file came as; a CSV's line count gives the progress bar a denominator. */
  type: string;
  /** The league the file is for (a schedule), when it is for one. */
  leagueId?: number;
}

/** What runs in the background: the importer of `upload.kind`, fed the file in pieces. */
export type Importer = (database: Database, job: { jobId: string; input: Readable; totalBytes: number }) => Promise<unknown>;

export async function startImport(db: Db, actor: ImportActor, upload: ImportUpload, importer: Importer): Promise<ImportJob> {
  const { kind, source, file, type, leagueId } = upload;
  const job = await db.transaction(async (tx) => {
    const created = await createImportJob(tx, { kind, source, createdBy: actor.userId, leagueId });
    if (type === 'text/csv') {
      await recordProgress(tx, created.id, {
        processed: 0,
        counts: { inserted: 0, updated: 0, unchanged: 0 },
        total: estimateCsvRows(file),
        rejections: [],
      });
    }
    await recordAudit(tx, {
      actorId: actor.userId,
      action: 'import.start',
      targetType: 'import_job',
      targetId: created.id,
      requestId: actor.requestId,
      ip: actor.ip ?? null,
      details: {
        kind,
        source,
        bytes: file.length,
        content_type: type,
        ...(leagueId === undefined ? {} : { league_id: leagueId }),
      },
    });
    return created;
  });
  const database = await getDatabase();
  // Not awaited: a 20 MB file takes a while; the job records any failure.
  runInBackground(actor.log, job.id, () => importer(database, { jobId: job.id, input: chunked(file), totalBytes: file.length }));
  return job;
}
