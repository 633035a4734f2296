import '@/app/api/v1/predictions/model-kinds';
import { predictBatchContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { recordPredictions } from '@/lib/predictions/games/history';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { predictBatch } from '@/lib/predictions/games/serve';

export const POST = apiRoute(predictBatchContract, async ({ db, principal, requestId, body }) => {
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const matchups = body.matchups.map((m) => ({
    homeTeamId: m.home_team_id,
    visitorTeamId: m.visitor_team_id,
    date: m.date ?? today(),
  }));
  const answers = await predictBatch(db, matchups, gate, body.model);
  await recordPredictions(
    db,
    { principal, requestId },
    'batch',
    answers.map((a, i) => ({
      model: a.model,
      features: a.features,
      result: { home_team_id: a.teams.home.id, visitor_team_id: a.teams.visitor.id, date: matchups[i]?.date, ...a.prediction },
    })),
  );
  return {
    data: answers.map((a, i) => ({
      home_team: a.teams.home,
      visitor_team: a.teams.visitor,
      date: matchups[i]?.date as string,
      ...a.prediction,
      model: a.model,
    })),
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
