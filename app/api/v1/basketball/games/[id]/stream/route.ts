import { streamContract } from '@/lib/api/contracts/basketball-live';
import { ApiError } from '@/lib/api/errors';
import { eventStreamResponse } from '@/lib/api/event-stream';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { gameLeagueId, liveGameExists } from '@/lib/basketball/scoring/read';
import { toPlayEvent } from '@/lib/basketball/scoring/views';
import { mayViewLeagueOf } from '@/lib/leagues/queries';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(streamContract, async (ctx) => {
  const { db, params, query, principal } = ctx;
  const leagueId = await gameLeagueId(db, params.id);
  const visible = leagueId !== undefined && (await mayViewLeagueOf(db, leagueId, viewerOf(principal)));
  if (!visible || !(await liveGameExists(db, params.id))) throw new ApiError('not_found', `No live game ${params.id}.`);
  return { data: null, raw: eventStreamResponse(ctx, `basketball-game:${params.id}`, query.after_seq, () => toPlayEvent) };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
