import * as gameRoute from '../../app/api/v1/football/games/[id]/route';
import * as gamesRoute from '../../app/api/v1/football/games/route';
import * as playsRoute from '../../app/api/v1/football/plays/route';
import * as summaryRoute from '../../app/api/v1/football/plays/summary/route';
import * as tendenciesRoute from '../../app/api/v1/football/teams/[id]/tendencies/route';
import * as teamsRoute from '../../app/api/v1/football/teams/route';

export const footballRoutes = {
  'GET /api/v1/football/teams': teamsRoute.GET,
  'GET /api/v1/football/games': gamesRoute.GET,
  'GET /api/v1/football/games/{id}': gameRoute.GET,
  'GET /api/v1/football/plays': playsRoute.GET,
  'GET /api/v1/football/plays/summary': summaryRoute.GET,
  'GET /api/v1/football/teams/{id}/tendencies': tendenciesRoute.GET,
};
