// Bulk imports: an admin uploads a data file, the import runs after the response, and the job row
// (progress, counts, rejected rows) is what callers poll.
import { z } from 'zod';
import { uuidInput } from '@/lib/uuid';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

export const MAX_UPLOAD_MB = 20;

const base = { tag: 'Imports', auth: 'user', permission: 'imports:run' } as const;

export const importJobView = z.object({
  id: z.uuid(),
  kind: z.string(),
  source: z.string(),
  status: z
    .enum(['queued', 'running', 'succeeded', 'partial', 'failed'])
    .describe('succeeded: every row landed; partial: some rows were rejected (see rejections); failed: nothing landed'),
  total_rows: z
    .number()
    .int()
    .nullable()
    .describe('While running: an estimate from the file’s line count (null when unknown); exact once finished'),
  processed_rows: z.number().int(),
  inserted_rows: z.number().int().describe('Box-score lines new to the database'),
  updated_rows: z.number().int().describe('Lines that were stored already and changed'),
  unchanged_rows: z.number().int().describe('Lines stored already with exactly these values (a re-import: all of them)'),
  rejected_rows: z.number().int(),
  error: z.string().nullable().describe('Why the job failed (null unless status is failed)'),
  created_at: z.iso.datetime(),
  started_at: z.iso.datetime().nullable(),
  finished_at: z.iso.datetime().nullable(),
});

export const startBasketballImportContract = defineContract({
  ...base,
  method: 'POST',
  path: '/api/v1/basketball/imports',
  summary: 'Upload a basketball data file to import',
  description:
    `The request body is the file itself, not JSON-wrapped: \`Content-Type: text/csv\` (a stats.nba.com team game log, ` +
    `a player game log, or results only: \`date,season,home_team,visitor_team,home_team_score,visitor_team_score\`) ` +
    `or \`application/json\` (a Statline export), at most ${MAX_UPLOAD_MB} MB (413 beyond). ` +
    'Name it with `?filename=`. Answers 202 with the queued job at once; the import runs in the background, so poll ' +
    '`GET /api/v1/basketball/imports/{id}` until `status` is `succeeded` or `failed`. A file in no known format ' +
    'ends as a failed job with the reason in `error`. Re-importing a file changes nothing.',
  scope: 'write',
  upload: 'text/csv',
  // No `body` schema on purpose: the wrapper would parse it as JSON; the handler streams the raw file.
  query: z.strictObject({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
      .optional(),
  }),
  response: importJobView.pick({ id: true, status: true, source: true }),
  audit: { action: 'import.start', target: { type: 'import_job', id: (_p, data) => data.id } },
  // 202 is not in Contract's status union yet; the wrapper and the OpenAPI writer pass any number through.
  status: 202,
});

export const getBasketballImportContract = defineContract({
  ...base,
  method: 'GET',
  path: '/api/v1/basketball/imports/{id}',
  summary: 'One basketball import job, with its first 100 rejected rows',
  scope: 'read',
  params: z.object({ id: uuidInput('must be an import job id') }),
  response: importJobView.extend({
    rejections: z.array(z.object({ row_number: z.number().int(), reason: z.string() })).describe('Ordered by row number'),
  }),
});

export const basketballImportRejectionsCsvContract = defineContract({
  ...base,
  method: 'GET',
  path: '/api/v1/basketball/imports/{id}/rejections.csv',
  summary: "An import job's rejected rows as CSV",
  description:
    'text/csv with columns row_number, reason, raw (the row as read): every rejected row, to fix and upload again. Cells that a spreadsheet would run as a formula are escaped.',
  scope: 'read',
  params: z.object({ id: uuidInput('must be an import job id') }),
});

export const listBasketballImportsContract = defineContract({
  ...base,
  method: 'GET',
  path: '/api/v1/basketball/imports',
  summary: 'Basketball import jobs, newest first',
  scope: 'read',
  query: z.strictObject(pageQuery),
  response: z.array(importJobView),
});

export const importContracts = [
  startBasketballImportContract,
  getBasketballImportContract,
  basketballImportRejectionsCsvContract,
  listBasketballImportsContract,
];
