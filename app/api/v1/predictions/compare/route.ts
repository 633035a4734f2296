import '@/app/api/v1/predictions/model-kinds';
import { compareGameContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { recordPredictions } from '@/lib/predictions/games/history';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { compareMatchup } from '@/lib/predictions/games/serve';

export const POST = apiRoute(compareGameContract, async ({ db, principal, requestId, body }) => {
  const date = body.date ?? today();
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const { teams, features, answers } = await compareMatchup(
    db,
    { homeTeamId: body.home_team_id, visitorTeamId: body.visitor_team_id, date },
    gate,
  );
  await recordPredictions(
    db,
    { principal, requestId },
    'compare',
    answers.map((a) => ({
      model: a.model,
      features,
      result: { home_team_id: teams.home.id, visitor_team_id: teams.visitor.id, date, ...a.prediction },
    })),
  );
  return {
    data: {
      home_team: teams.home,
      visitor_team: teams.visitor,
      date,
      answers: answers.map((a) => ({ default: a.default, ...a.prediction, model: a.model })),
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
