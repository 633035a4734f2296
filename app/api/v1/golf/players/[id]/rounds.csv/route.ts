import { playerRoundsCsvContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { exportPlayerRounds, findGolfer } from '@/lib/golf/rounds/player-rounds';

export const GET = apiRoute(playerRoundsCsvContract, async ({ db, params }) => {
  if (!(await findGolfer(db, params.id))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  const csv = await exportPlayerRounds(db, params.id);
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
