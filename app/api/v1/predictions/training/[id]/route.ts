import { getTrainingContract } from '@/lib/api/contracts/predictions-training';
import { apiRoute } from '@/lib/api/route';
import { DomainError } from '@/lib/errors';
import { trainingJobView } from '@/lib/predictions/games/training-job';

export const GET = apiRoute(getTrainingContract, async ({ db, params }) => {
  const view = await trainingJobView(db, params.id);
  if (!view) throw new DomainError('not_found', `No training job ${params.id}.`);
  // Changing by the second while it runs: never stored by a browser or a shared cache.
  return { data: view, headers: { 'cache-control': 'no-store' } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
