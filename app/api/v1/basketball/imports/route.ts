import { z } from 'zod';
import { listBasketballImportsContract, MAX_UPLOAD_MB, startBasketballImportContract } from '@/lib/api/contracts/imports';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { readUpload } from '@/lib/api/upload';
import { basketballUploadTypes, startBasketballImport } from '@/lib/basketball/import/start';
import { listImportJobs } from '@/lib/imports/job';
import { importJobJson } from '@/lib/imports/view';

// Admin-only and changing by the second: never stored by a browser or a shared cache.
const noStore = { 'cache-control': 'no-store' };

export const POST = apiRoute(startBasketballImportContract, async ({ req, db, user, query, requestId, ip, log }) => {
  const upload = await readUpload(req, basketballUploadTypes, MAX_UPLOAD_MB);
  const job = await startBasketballImport(db, { userId: user.id, requestId, ip, log }, upload, query.filename);
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
