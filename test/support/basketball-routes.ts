import * as gameRoute from '../../app/api/v1/basketball/games/[id]/route';
import * as gamesRoute from '../../app/api/v1/basketball/games/route';
import * as leadersRoute from '../../app/api/v1/basketball/leaders/route';
import * as leagueRoute from '../../app/api/v1/basketball/league-averages/route';
import * as playerRoute from '../../app/api/v1/basketball/players/[id]/route';
import * as playersRoute from '../../app/api/v1/basketball/players/route';
import * as averagesRoute from '../../app/api/v1/basketball/season-averages/route';
import * as standingsRoute from '../../app/api/v1/basketball/standings/route';
import * as statsRoute from '../../app/api/v1/basketball/stats/route';
import * as teamRoute from '../../app/api/v1/basketball/teams/[id]/route';
import * as teamsRoute from '../../app/api/v1/basketball/teams/route';

export const basketballRoutes = {
  '/api/v1/basketball/players': playersRoute.GET,
  '/api/v1/basketball/players/{id}': playerRoute.GET,
  '/api/v1/basketball/teams': teamsRoute.GET,
  '/api/v1/basketball/teams/{id}': teamRoute.GET,
  '/api/v1/basketball/games': gamesRoute.GET,
  '/api/v1/basketball/games/{id}': gameRoute.GET,
  '/api/v1/basketball/stats': statsRoute.GET,
  '/api/v1/basketball/season-averages': averagesRoute.GET,
  '/api/v1/basketball/league-averages': leagueRoute.GET,
  '/api/v1/basketball/leaders': leadersRoute.GET,
  '/api/v1/basketball/standings': standingsRoute.GET,
};
