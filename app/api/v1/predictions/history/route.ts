import { and, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { predictionHistory } from '@/drizzle/schema';
import { predictionHistoryContract } from '@/lib/api/contracts/predictions-games';
import { decodeCursor, encodeCursor } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';

export const GET = apiRoute(predictionHistoryContract, async ({ db, user, query }) => {
  const before = decodeCursor(query.cursor, z.tuple([z.number().int().positive()]));
  // Only the caller's own rows: the user id comes from the session or key, never from the request.
  const mine = eq(predictionHistory.userId, user.id);
  const rows = await db
    .select()
    .from(predictionHistory)
    .where(before ? and(mine, lt(predictionHistory.id, before[0])) : mine)
    .orderBy(desc(predictionHistory.id))
    .limit(query.per_page + 1);
  const page = rows.slice(0, query.per_page);
  const last = page.at(-1);
  return {
    data: page.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      request_id: r.requestId,
      endpoint: r.endpoint as 'games' | 'games/simple' | 'compare' | 'batch',
      model: { name: r.modelName, version: r.modelVersion },
      features: r.features,
      result: r.result,
    })),
    meta: { per_page: query.per_page, next_cursor: rows.length > query.per_page && last ? encodeCursor([last.id]) : null },
    // One person's questions: never kept by a shared cache.
    headers: { 'cache-control': 'private, no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
