import '@/lib/predictions/model-kinds';
import { startTrainingContract } from '@/lib/api/contracts/predictions-training';
import { apiRoute } from '@/lib/api/route';
import { predictionLeague } from '@/lib/predictions/games/requests';
import { startTrainingJob, trainingJobView } from '@/lib/predictions/games/training-job';

export const POST = apiRoute(startTrainingContract, async ({ db, user, body, requestId, ip, log }) => {
  const leagueId = await predictionLeague(db, user, body.league_id);
  const job = await startTrainingJob(db, { kind: body.kind, leagueId, actor: { userId: user.id, requestId, ip }, log });
  const view = await trainingJobView(db, job.id);
  if (!view) throw new Error('training job vanished');
  return {
    data: view,
    headers: { 'cache-control': 'no-store', location: `/api/v1/predictions/training/${job.id}` },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
