import '@/lib/predictions/model-kinds';
import { predictBatchContract } from '@/lib/api/contracts/predictions-games';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { recordPredictions } from '@/lib/predictions/games/history';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { predictMatchup } from '@/lib/predictions/games/serve';

export const POST = apiRoute(predictBatchContract, async ({ db, principal, requestId, body }) => {
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const data = [];
  const recorded = [];
  // In order, one at a time: a bad matchup is named by its index, and features are cached per matchup.
  for (const [i, m] of body.matchups.entries()) {
    const date = m.date ?? today();
    const { teams, model, features, prediction } = await predictMatchup(
      db,
      { homeTeamId: m.home_team_id, visitorTeamId: m.visitor_team_id, date },
      gate,
      body.model,
      (f) => `matchups.${i}.${f}`,
    );
    recorded.push({
      model,
      features,
      result: { home_team_id: teams.home.id, visitor_team_id: teams.visitor.id, date, ...prediction },
    });
    data.push({ home_team: teams.home, visitor_team: teams.visitor, date, ...prediction, model });
  }
  await recordPredictions(db, { principal, requestId }, 'batch', recorded);
  return { data };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
