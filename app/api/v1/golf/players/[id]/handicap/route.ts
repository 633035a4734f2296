import { handicapContract } from '@/lib/api/contracts/golf';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/route';
import { findTee } from '@/lib/golf/courses/queries';
import { findVisibleGolfer, viewerOf } from '@/lib/golf/privacy';
import { handicapReport, handicapWhatIf } from '@/lib/golf/rounds/handicap-report';

export const GET = apiRoute(handicapContract, async ({ db, params, query, principal }) => {
  // A private golfer is, to anyone else, no golfer at all.
  if (!(await findVisibleGolfer(db, params.id, viewerOf(principal)))) throw new ApiError('not_found', `No golfer ${params.id}.`);
  const report = await handicapReport(db, params.id);
  let what_if = null;
  if (query.what_if) {
    const { tee_id, score, gender } = query.what_if;
    const tee = await findTee(db, tee_id);
    if (!tee) throw new ApiError('not_found', `No tee ${tee_id}.`);
    what_if = await handicapWhatIf(db, params.id, tee, score, gender);
  }
  return { data: { ...report, what_if }, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
