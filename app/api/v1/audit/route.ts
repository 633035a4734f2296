import { z } from 'zod';
import { listAuditContract } from '@/lib/api/contracts/audit';
import { decodeCursor, encodeCursor } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listAudit } from '@/lib/audit-query';

export const GET = apiRoute(listAuditContract, async ({ db, query }) => {
  const before = decodeCursor(query.cursor, z.tuple([z.number().int().positive()]));
  const page = await listAudit(db, {
    filter: { actor: query.actor, action: query.action, from: query.from, to: query.to },
    before: before?.[0],
    limit: query.per_page,
  });
  return {
    data: page.rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      actor: r.actor,
      api_key: r.apiKey,
      target: r.targetType ? { type: r.targetType, id: r.targetId } : null,
      request_id: r.requestId,
      ip: r.ip,
      details: r.details ?? null,
    })),
    meta: { per_page: query.per_page, next_cursor: page.older ? encodeCursor([page.older]) : null },
    // Who did what is for admins' eyes only: never kept by a browser or a shared cache.
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
