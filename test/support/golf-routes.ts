// The golf route handlers, by "METHOD path".
import * as courseRoute from '../../app/api/v1/golf/courses/[id]/route';
import * as courseImportRoute from '../../app/api/v1/golf/courses/import/route';
import * as coursesRoute from '../../app/api/v1/golf/courses/route';
import * as eventEntriesRoute from '../../app/api/v1/golf/events/[id]/entries/route';
import * as eventGroupsRoute from '../../app/api/v1/golf/events/[id]/groups/route';
import * as eventBoardRoute from '../../app/api/v1/golf/events/[id]/leaderboard/route';
import * as eventBoardStreamRoute from '../../app/api/v1/golf/events/[id]/leaderboard/stream/route';
import * as eventRoute from '../../app/api/v1/golf/events/[id]/route';
import * as eventsRoute from '../../app/api/v1/golf/events/route';
import * as achievementsRoute from '../../app/api/v1/golf/players/[id]/achievements/route';
import * as analyticsRoute from '../../app/api/v1/golf/players/[id]/analytics/route';
import * as handicapRoute from '../../app/api/v1/golf/players/[id]/handicap/route';
import * as playerRoundsRoute from '../../app/api/v1/golf/players/[id]/rounds/route';
import * as playerCsvRoute from '../../app/api/v1/golf/players/[id]/rounds.csv/route';
import * as confirmRoute from '../../app/api/v1/golf/rounds/[id]/confirm/route';
import * as declineRoute from '../../app/api/v1/golf/rounds/[id]/decline/route';
import * as finishRoute from '../../app/api/v1/golf/rounds/[id]/finish/route';
import * as holeRoute from '../../app/api/v1/golf/rounds/[id]/holes/[n]/route';
import * as leaderboardRoute from '../../app/api/v1/golf/rounds/[id]/leaderboard/route';
import * as roundRoute from '../../app/api/v1/golf/rounds/[id]/route';
import * as streamRoute from '../../app/api/v1/golf/rounds/[id]/stream/route';
import * as roundsRoute from '../../app/api/v1/golf/rounds/route';

export const golfRoutes = {
  'GET /api/v1/golf/courses': coursesRoute.GET,
  'POST /api/v1/golf/courses': coursesRoute.POST,
  'GET /api/v1/golf/courses/{id}': courseRoute.GET,
  'POST /api/v1/golf/courses/import': courseImportRoute.POST,
  'POST /api/v1/golf/rounds': roundsRoute.POST,
  'GET /api/v1/golf/rounds/{id}': roundRoute.GET,
  'PUT /api/v1/golf/rounds/{id}/holes/{n}': holeRoute.PUT,
  'POST /api/v1/golf/rounds/{id}/finish': finishRoute.POST,
  'POST /api/v1/golf/rounds/{id}/confirm': confirmRoute.POST,
  'POST /api/v1/golf/rounds/{id}/decline': declineRoute.POST,
  'GET /api/v1/golf/rounds/{id}/leaderboard': leaderboardRoute.GET,
  'GET /api/v1/golf/rounds/{id}/stream': streamRoute.GET,
  'GET /api/v1/golf/players/{id}/rounds': playerRoundsRoute.GET,
  'GET /api/v1/golf/players/{id}/rounds.csv': playerCsvRoute.GET,
  'GET /api/v1/golf/players/{id}/handicap': handicapRoute.GET,
  'GET /api/v1/golf/players/{id}/analytics': analyticsRoute.GET,
  'GET /api/v1/golf/players/{id}/achievements': achievementsRoute.GET,
  'GET /api/v1/golf/events': eventsRoute.GET,
  'POST /api/v1/golf/events': eventsRoute.POST,
  'GET /api/v1/golf/events/{id}': eventRoute.GET,
  'PATCH /api/v1/golf/events/{id}': eventRoute.PATCH,
  'GET /api/v1/golf/events/{id}/entries': eventEntriesRoute.GET,
  'POST /api/v1/golf/events/{id}/entries': eventEntriesRoute.POST,
  'GET /api/v1/golf/events/{id}/groups': eventGroupsRoute.GET,
  'POST /api/v1/golf/events/{id}/groups': eventGroupsRoute.POST,
  'GET /api/v1/golf/events/{id}/leaderboard': eventBoardRoute.GET,
  'GET /api/v1/golf/events/{id}/leaderboard/stream': eventBoardStreamRoute.GET,
};
