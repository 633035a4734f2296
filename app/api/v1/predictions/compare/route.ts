import '@/app/api/v1/predictions/model-kinds';
import { compareGameContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { compareMatchup } from '@/lib/predictions/games/serve';

export const POST = apiRoute(compareGameContract, async ({ db, principal, body }) => {
  const date = body.date ?? today();
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const { teams, answers } = await compareMatchup(
    db,
    { homeTeamId: body.home_team_id, visitorTeamId: body.visitor_team_id, date },
    gate,
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
