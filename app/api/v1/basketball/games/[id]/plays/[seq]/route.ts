import { randomUUID } from 'node:crypto';
import { correctPlayContract, deletePlayContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { type ApiContext, apiRoute } from '@/lib/api/route';
import type { LiveEventBody } from '@/lib/basketball/live/events';
import { appendGameEvent, findGame } from '@/lib/basketball/scoring/append';
import { toPlayEvent } from '@/lib/basketball/scoring/views';

type Ctx = Pick<ApiContext<{ id: number; seq: number }, unknown, unknown>, 'db' | 'user' | 'params' | 'requestId' | 'authorize'>;

// Both are appends to the game's log, under its stream lock, with the same rights as recording a play.
async function appendFor(ctx: Ctx, event: LiveEventBody) {
  const game = await findGame(ctx.db, ctx.params.id);
  if (!game) throw new ApiError('not_found', `No game ${ctx.params.id}.`);
  await ctx.authorize({ kind: 'teams', teamIds: [game.homeTeamId, game.awayTeamId] });
  if (game.withImportedTeam && ctx.user.role !== 'admin') {
    throw new ApiError('forbidden', 'This game has an imported team: only an admin can score it.');
  }
  const { event: stored, duplicate } = await appendGameEvent(ctx.db, game, event, {
    userId: ctx.user.id,
    requestId: ctx.requestId,
  });
  return { data: toPlayEvent(stored), meta: { duplicate }, headers: { 'cache-control': 'no-store' } };
}

export const PUT = apiRoute(correctPlayContract, async (ctx) =>
  appendFor(ctx, {
    id: ctx.body.id,
    expected_seq: ctx.body.expected_seq,
    type: 'play_corrected',
    seq: ctx.params.seq,
    replacement: ctx.body.replacement,
  }),
);

export const DELETE = apiRoute(deletePlayContract, async (ctx) =>
  appendFor(ctx, {
    id: ctx.body?.id ?? randomUUID(),
    expected_seq: ctx.body?.expected_seq,
    type: 'undo',
    seq: ctx.params.seq,
  }),
);

export { preflight as OPTIONS } from '@/lib/api/preflight';
