import '@/app/api/v1/predictions/model-kinds';
import { predictGameSimpleContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { recordPredictions } from '@/lib/predictions/games/history';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { predictMatchup } from '@/lib/predictions/games/serve';

export const POST = apiRoute(predictGameSimpleContract, async ({ db, principal, requestId, body }) => {
  const date = body.date ?? today();
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const { teams, model, features, prediction } = await predictMatchup(
    db,
    { homeTeamId: body.home_team_id, visitorTeamId: body.visitor_team_id, date },
    gate,
    body.model,
  );
  await recordPredictions(db, { principal, requestId }, 'games/simple', [
    { model, features, result: { home_team_id: teams.home.id, visitor_team_id: teams.visitor.id, date, ...prediction } },
  ]);
  return { data: { home_team: teams.home, visitor_team: teams.visitor, date, ...prediction, model } };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
