import { startRoundContract } from '@/lib/api/contracts/golf';
import { apiRoute } from '@/lib/api/route';
import { getRoundView } from '@/lib/golf/rounds/read';
import { startRound } from '@/lib/golf/rounds/start';

// RoundStarted is the record of this write (actor and request id are on the event).
export const POST = apiRoute(startRoundContract, async ({ db, user, body, requestId, authorize }) => {
  const players = [...body.player_ids.map((user_id) => ({ user_id })), ...body.players];
  await authorize({ kind: 'round', playerIds: [...(body.caller_plays ? [user.id] : []), ...players.map((p) => p.user_id)] });
  const { roundId, duplicate } = await startRound(db, { userId: user.id, requestId }, { ...body, players });
  const view = await getRoundView(db, roundId);
  if (!view) throw new Error('started round vanished');
  return {
    data: view,
    meta: { duplicate },
    headers: { location: `/api/v1/golf/rounds/${roundId}`, 'cache-control': 'no-store' },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
