import '@/lib/predictions/model-kinds';
import { predictPlayerContract } from '@/lib/api/contracts/predictions-players';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { requireVisibleLeague, today } from '@/lib/predictions/games/requests';
import { predictPlayerStats } from '@/lib/predictions/players/serve';

export const POST = apiRoute(predictPlayerContract, async ({ db, principal, body }) => {
  const date = body.date ?? today();
  const gate = (leagueId: number) => requireVisibleLeague(db, viewerOf(principal), leagueId);
  const r = await predictPlayerStats(
    db,
    { playerId: body.player_id, date, opponentTeamId: body.opponent_team_id, isHome: body.is_home, model: body.model },
    gate,
  );
  const stat = (s: 'pts' | 'reb' | 'ast') => {
    const a = r.answers[s];
    return { p10: a.p10, p50: a.p50, p90: a.p90, model: a.model, contributions: a.contributions };
  };
  return {
    data: {
      player: r.player,
      date,
      opponent_team: r.opponent,
      is_home: body.is_home ?? null,
      prior_games: r.priorGames,
      pts: stat('pts'),
      reb: stat('reb'),
      ast: stat('ast'),
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
