import { z } from 'zod';
import { predictionHistoryContract } from '@/lib/api/contracts/predictions-games';
import { decodeCursor, encodeCursor } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { listPredictionHistory } from '@/lib/predictions/games/history';

export const GET = apiRoute(predictionHistoryContract, async ({ db, user, query }) => {
  const before = decodeCursor(query.cursor, z.tuple([z.number().int().positive()]));
  const page = await listPredictionHistory(db, user.id, { before: before?.[0], limit: query.per_page });
  return {
    data: page.rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      request_id: r.requestId,
      endpoint: r.endpoint as 'games' | 'games/simple' | 'compare' | 'batch',
      model: { name: r.modelName, version: r.modelVersion },
      features: r.features,
      result: r.result,
    })),
    meta: { per_page: query.per_page, next_cursor: page.older ? encodeCursor([page.older]) : null },
    // One person's questions: never kept by a shared cache.
    headers: { 'cache-control': 'private, no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
