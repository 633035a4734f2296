import { playerRoundsCsvContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { findVisibleGolfer, viewerOf } from '@/lib/golf/privacy';
import { exportPlayerRounds } from '@/lib/golf/rounds/player-rounds';

export const GET = apiRoute(playerRoundsCsvContract, async ({ db, params, principal }) => {
  // A private golfer is, to anyone else, no golfer at all.
  if (!(await findVisibleGolfer(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  const csv = await exportPlayerRounds(db, params.id, viewerOf(principal));
  return {
    data: null,
    raw: new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="golf-rounds-${params.id}.csv"`,
        'cache-control': 'no-store',
      },
    }),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
