import { scoreHoleContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { idempotencyKey } from '@/lib/api/idempotency';
import { apiRoute } from '@/lib/api/route';
import { scheduleGolfAnalytics } from '@/lib/golf/analytics/trigger';
import { holeScoreSchema } from '@/lib/golf/hole-score';
import { playerPosition, roundForWrite } from '@/lib/golf/rounds/access';
import { scoreHole } from '@/lib/golf/rounds/score';

// HoleScored is the record of this write (actor and request id are on the event).
export const PUT = apiRoute(scoreHoleContract, async ({ req, db, user, params, body, requestId, authorize }) => {
  const target = await roundForWrite(db, params.id);
  if (!target) throw new ApiError('not_found', `No round ${params.id}.`);
  await authorize({ kind: 'round', playerIds: target.accountIds, scorerIds: target.scorerIds });
  const eventId = idempotencyKey(req.headers, body.id);
  const position = playerPosition(target.players, { position: body.position, player_id: body.player_id, caller: user.id });
  // The domain schema also checks the hole as a whole (putts and penalties within the strokes).
  const score = holeScoreSchema.parse({
    hole: params.n,
    strokes: body.strokes,
    ...(body.putts == null ? {} : { putts: body.putts }),
    ...(body.fairway == null ? {} : { fairway: body.fairway }),
    ...(body.penalties == null ? {} : { penalties: body.penalties }),
    ...(body.sand == null ? {} : { sand: body.sand }),
  });
  // The hole as it is now is read inside the append, under the round's lock: a read here could be stale.
  const result = await scoreHole(db, { userId: user.id, requestId }, params.id, position, score, { eventId });
  // A correction to a finished round changes its golfers' analytics.
  if (result.changed && target.status === 'finished') scheduleGolfAnalytics(db);
  const s = result.score;
  return {
    data: {
      round_id: params.id,
      position: result.position,
      hole: s.hole,
      strokes: s.strokes,
      putts: s.putts ?? null,
      fairway: s.fairway ?? null,
      penalties: s.penalties ?? null,
      sand: s.sand ?? null,
      seq: result.seq,
      changed: result.changed,
    },
    meta: { duplicate: result.duplicate },
    headers: { 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
