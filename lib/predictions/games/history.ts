// The record of every game prediction answered: who asked, which model version, the features it saw,
// what it said, and the request id the caller got back.
//
// Why the write is here, awaited inside the request and before the answer is sent (not fired after the
// response): a row written "later" dies with the process (a deploy, a crash, a serverless freeze once
// the response is flushed) and nobody would know it was missing. Awaited here, either the caller gets
// the answer and it is recorded, or the insert fails and the caller gets a 500 with the request id: an
// answer is never handed out unrecorded. It costs one insert per request (one multi-row insert for a
// batch or a comparison), small next to computing the features.
import { and, desc, eq, lt } from 'drizzle-orm';
import { type PredictionHistoryRow, predictionHistory } from '@/drizzle/schema';
import type { Principal } from '@/lib/auth/principal';
import type { Db } from '@/lib/db/client';

export type PredictionEndpoint = 'games' | 'games/simple' | 'compare' | 'batch';

export interface RecordedPrediction {
  model: { name: string; version: number };
  features: Record<string, number>;
  result: Record<string, unknown>;
}

export async function recordPredictions(
  db: Db,
  ctx: { principal: Principal; requestId: string },
  endpoint: PredictionEndpoint,
  answers: RecordedPrediction[],
): Promise<void> {
  if (answers.length === 0) return;
  const userId = ctx.principal.kind === 'anonymous' ? null : ctx.principal.user.id;
  await db.insert(predictionHistory).values(
    answers.map((a) => ({
      userId,
      requestId: ctx.requestId,
      endpoint,
      modelName: a.model.name,
      modelVersion: a.model.version,
      features: a.features,
      result: a.result,
    })),
  );
}

/** One page of a user's own predictions, newest first: `limit` rows, and whether older ones remain. */
export async function listPredictionHistory(
  db: Db,
  userId: string,
  page: { before?: number; limit: number },
): Promise<{ rows: PredictionHistoryRow[]; older: number | null }> {
  // Only the caller's own rows: the user id comes from the session or key, never from the request.
  const mine = eq(predictionHistory.userId, userId);
  const rows = await db
    .select()
    .from(predictionHistory)
    .where(page.before ? and(mine, lt(predictionHistory.id, page.before)) : mine)
    .orderBy(desc(predictionHistory.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { rows: shown, older: rows.length > page.limit ? (shown.at(-1)?.id ?? null) : null };
}
