import { z } from 'zod';
import { listBasketballImportsContract, MAX_UPLOAD_MB, startBasketballImportContract } from '@/lib/api/contracts/imports';
import { ApiError } from '@/lib/api/errors';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { recordAudit } from '@/lib/audit';
import { importBasketball } from '@/lib/basketball/import/run';
import { getDatabase } from '@/lib/db';
import { chunked, estimateCsvRows, listImportJobs, readUpload, runInBackground } from '@/lib/imports/background';
import { createImportJob, recordProgress } from '@/lib/imports/job';
import { importJobJson, noStore } from './view';

// Only these two: they also keep cross-site forms out, since a browser must preflight either type.
const fileTypes = { 'text/csv': 'upload.csv', 'application/json': 'upload.json' } as const;

export const POST = apiRoute(startBasketballImportContract, async ({ req, db, user, query, requestId, ip, log }) => {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!(type in fileTypes)) {
    throw new ApiError('bad_request', 'Send the file itself as the body, with Content-Type text/csv or application/json.');
  }
  const file = await readUpload(req, MAX_UPLOAD_MB * 2 ** 20);
  if (file.length === 0) throw new ApiError('bad_request', 'The body is empty: send the file itself as the body.');
  const source = query.filename ?? fileTypes[type as keyof typeof fileTypes];
  const job = await db.transaction(async (tx) => {
    const created = await createImportJob(tx, { kind: 'basketball', source, createdBy: user.id });
    // A CSV's line count is known now, so the progress bar has a denominator before parsing starts.
    if (type === 'text/csv') {
      await recordProgress(tx, created.id, {
        processed: 0,
        inserted: 0,
        total: estimateCsvRows(file),
        rejections: [],
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: 'import.start',
      targetType: 'import_job',
      targetId: created.id,
      requestId,
      ip,
      details: { kind: 'basketball', source, bytes: file.length, content_type: type },
    });
    return created;
  });
  const database = await getDatabase();
  // Not awaited: a 20 MB file takes a while; the caller polls the job, which records any failure.
  runInBackground(log, job.id, () =>
    importBasketball(database, { source, jobId: job.id, input: chunked(file), totalBytes: file.length, createdBy: user.id }),
  );
  return {
    data: { id: job.id, status: job.status, source: job.source },
    headers: { ...noStore, location: `/api/v1/basketball/imports/${job.id}` },
  };
});

export const GET = apiRoute(listBasketballImportsContract, async ({ db, query }) => {
  const after = decodeCursor(query.cursor, z.tuple([z.uuid()]));
  const rows = await listImportJobs(db, { kind: 'basketball', afterId: after?.[0], limit: query.per_page + 1 });
  const page = pageOf(rows, query.per_page, (j) => [j.id]);
  return { data: page.data.map(importJobJson), meta: page.meta, headers: noStore };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
