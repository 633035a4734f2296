// The live basketball route handlers, by "METHOD path".
import * as acceptRoute from '../../app/api/v1/basketball/games/[id]/accept/route';
import * as boxscoreRoute from '../../app/api/v1/basketball/games/[id]/boxscore/route';
import * as declineRoute from '../../app/api/v1/basketball/games/[id]/decline/route';
import * as eventsRoute from '../../app/api/v1/basketball/games/[id]/events/route';
import * as playRoute from '../../app/api/v1/basketball/games/[id]/plays/[seq]/route';
import * as playsRoute from '../../app/api/v1/basketball/games/[id]/plays/route';
import * as gameRoute from '../../app/api/v1/basketball/games/[id]/route';
import * as streamRoute from '../../app/api/v1/basketball/games/[id]/stream/route';
import * as gamesRoute from '../../app/api/v1/basketball/games/route';
import * as splitRoute from '../../app/api/v1/basketball/player-merges/[id]/split/route';
import * as mergeRoute from '../../app/api/v1/basketball/players/[id]/merge/route';
import * as playersRoute from '../../app/api/v1/basketball/players/route';
import * as teamsRoute from '../../app/api/v1/basketball/teams/route';

export const liveRoutes = {
  'POST /api/v1/basketball/teams': teamsRoute.POST,
  'POST /api/v1/basketball/players': playersRoute.POST,
  'POST /api/v1/basketball/games': gamesRoute.POST,
  'POST /api/v1/basketball/games/{id}/events': eventsRoute.POST,
  'GET /api/v1/basketball/games/{id}': gameRoute.GET,
  'POST /api/v1/basketball/games/{id}/accept': acceptRoute.POST,
  'POST /api/v1/basketball/games/{id}/decline': declineRoute.POST,
  'POST /api/v1/basketball/players/{id}/merge': mergeRoute.POST,
  'POST /api/v1/basketball/player-merges/{id}/split': splitRoute.POST,
  'GET /api/v1/basketball/games/{id}/boxscore': boxscoreRoute.GET,
  'GET /api/v1/basketball/games/{id}/plays': playsRoute.GET,
  'PUT /api/v1/basketball/games/{id}/plays/{seq}': playRoute.PUT,
  'DELETE /api/v1/basketball/games/{id}/plays/{seq}': playRoute.DELETE,
  'GET /api/v1/basketball/games/{id}/stream': streamRoute.GET,
};
