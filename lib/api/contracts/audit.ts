// The audit log, read by admins: the same filters and pages as /admin/audit.
import { z } from 'zod';
import { defineContract } from '../contract';
import { pageQuery } from '../pagination';

export const auditEntryView = z.object({
  id: z.number().int(),
  at: z.iso.datetime().describe('UTC'),
  action: z.string().describe('e.g. golf-round.create: the noun, then what happened to it'),
  actor: z
    .object({ id: z.uuid(), name: z.string(), email: z.string() })
    .nullable()
    .describe('Who did it (null: nobody signed in, or the account is gone)'),
  api_key: z
    .object({ id: z.uuid(), name: z.string() })
    .nullable()
    .describe("The actor's API key the write came with (null for a browser session)"),
  target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
  request_id: z.string().nullable().describe('The X-Request-Id the write was answered with'),
  ip: z.string().nullable().describe('The client address as the app saw it (see TRUSTED_PROXY_HOPS)'),
  details: z.unknown().nullable(),
});

export const listAuditContract = defineContract({
  method: 'GET',
  path: '/api/v1/audit',
  summary: 'The audit log',
  description:
    'Admins. Every write, newest first: who (and with which API key), the action, its target, the request id and the client address. Filter by `actor` (part of an email), `action` (exact) and a UTC date range `from`..`to` (both included); page with `meta.next_cursor`.',
  tag: 'Audit',
  auth: 'user',
  scope: 'read',
  permission: 'audit:read',
  query: z.strictObject({
    actor: z.string().trim().min(1).max(320).optional(),
    action: z.string().trim().min(1).max(100).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    ...pageQuery,
  }),
  response: z.array(auditEntryView),
});
