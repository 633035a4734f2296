import { z } from 'zod';
import { playerRoundsContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { decodeCursor, pageOf } from '@/lib/api/pagination';
import { apiRoute } from '@/lib/api/route';
import { findVisibleGolfer, viewerOf } from '@/lib/golf/privacy';
import { listPlayerRounds } from '@/lib/golf/rounds/player-rounds';

export const GET = apiRoute(playerRoundsContract, async ({ db, params, query, principal }) => {
  // A private golfer is, to anyone else, no golfer at all.
  if (!(await findVisibleGolfer(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  const after = decodeCursor(query.cursor, z.tuple([z.iso.date(), z.uuid()]));
  const rows = await listPlayerRounds(db, params.id, { after, limit: query.per_page + 1, viewer: viewerOf(principal) });
  const page = pageOf(rows, query.per_page, (r) => [r.date, r.round_id]);
  return { data: page.data, meta: page.meta, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
