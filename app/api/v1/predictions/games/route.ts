import '@/app/api/v1/predictions/model-kinds';
import { predictGameContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { recordPredictions } from '@/lib/predictions/games/history';
import { predictionLeague } from '@/lib/predictions/games/requests';
import { predictWith, resolveGameModel } from '@/lib/predictions/games/serve';

export const POST = apiRoute(predictGameContract, async ({ db, principal, requestId, body }) => {
  const leagueId = await predictionLeague(db, viewerOf(principal), body.league_id);
  const model = await resolveGameModel(db, leagueId, body.model);
  const prediction = await predictWith(model, body.features);
  await recordPredictions(db, { principal, requestId }, 'games', [{ model, features: body.features, result: { ...prediction } }]);
  return { data: { ...prediction, model: { name: model.name, kind: model.kind, version: model.version } } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
