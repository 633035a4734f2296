// Every /api/v1 route handler by "METHOD path", so tests can check they cover every contract.

import * as disableRoute from '../../app/api/v1/accounts/[id]/disable/route';
import * as enableRoute from '../../app/api/v1/accounts/[id]/enable/route';
import * as exportAccountRoute from '../../app/api/v1/accounts/[id]/export/route';
import * as accountGrantRoute from '../../app/api/v1/accounts/[id]/grants/[grant_id]/route';
import * as accountGrantsRoute from '../../app/api/v1/accounts/[id]/grants/route';
import * as issueResetRoute from '../../app/api/v1/accounts/[id]/password-reset/route';
import * as accountRoute from '../../app/api/v1/accounts/[id]/route';
import * as accountsRoute from '../../app/api/v1/accounts/route';
import * as keyRoute from '../../app/api/v1/api-keys/[id]/route';
import * as keysRoute from '../../app/api/v1/api-keys/route';
import * as auditRoute from '../../app/api/v1/audit/route';
import * as rejectionsCsvRoute from '../../app/api/v1/basketball/imports/[id]/rejections.csv/route';
import * as importRoute from '../../app/api/v1/basketball/imports/[id]/route';
import * as importsRoute from '../../app/api/v1/basketball/imports/route';
import * as teamCalendarRoute from '../../app/api/v1/basketball/teams/[id]/calendar.ics/route';
import * as invitationRoute from '../../app/api/v1/invitations/[id]/route';
import * as acceptInvitationRoute from '../../app/api/v1/invitations/accept/route';
import * as invitationsRoute from '../../app/api/v1/invitations/route';
import * as leagueCalendarRoute from '../../app/api/v1/leagues/[id]/calendar.ics/route';
import * as leagueMembersRoute from '../../app/api/v1/leagues/[id]/members/route';
import * as leagueRoute from '../../app/api/v1/leagues/[id]/route';
import * as scheduledGameRoute from '../../app/api/v1/leagues/[id]/schedule/[game_id]/route';
import * as scheduleImportRoute from '../../app/api/v1/leagues/[id]/schedule/imports/[job_id]/route';
import * as scheduleImportsRoute from '../../app/api/v1/leagues/[id]/schedule/imports/route';
import * as scheduleRoute from '../../app/api/v1/leagues/[id]/schedule/route';
import * as leaguesRoute from '../../app/api/v1/leagues/route';
import * as digestRoute from '../../app/api/v1/me/digest/route';
import * as exportMeRoute from '../../app/api/v1/me/export/route';
import * as feedRoute from '../../app/api/v1/me/feed/route';
import * as followRoute from '../../app/api/v1/me/follows/[id]/route';
import * as followsRoute from '../../app/api/v1/me/follows/route';
import * as linksRoute from '../../app/api/v1/me/links/route';
import * as readNotificationsRoute from '../../app/api/v1/me/notifications/read/route';
import * as notificationsRoute from '../../app/api/v1/me/notifications/route';
import * as notificationStreamRoute from '../../app/api/v1/me/notifications/stream/route';
import * as meRoute from '../../app/api/v1/me/route';
import * as mediaCompleteRoute from '../../app/api/v1/media/[id]/complete/route';
import * as mediaFileRoute from '../../app/api/v1/media/[id]/file/route';
import * as mediaItemRoute from '../../app/api/v1/media/[id]/route';
import * as mediaThumbnailRoute from '../../app/api/v1/media/[id]/thumbnail/route';
import * as mediaRoute from '../../app/api/v1/media/route';
import * as mediaUploadsRoute from '../../app/api/v1/media/uploads/route';
import * as redeemResetRoute from '../../app/api/v1/password-resets/redeem/route';
import * as requestResetRoute from '../../app/api/v1/password-resets/route';
import * as predictBacktestRoute from '../../app/api/v1/predictions/backtest/route';
import * as predictBatchRoute from '../../app/api/v1/predictions/batch/route';
import * as predictCompareRoute from '../../app/api/v1/predictions/compare/route';
import * as predictGamesRoute from '../../app/api/v1/predictions/games/route';
import * as predictSimpleRoute from '../../app/api/v1/predictions/games/simple/route';
import * as predictHistoryRoute from '../../app/api/v1/predictions/history/route';
import * as modelLoadRoute from '../../app/api/v1/predictions/models/[name]/[version]/load/route';
import * as modelRoute from '../../app/api/v1/predictions/models/[name]/[version]/route';
import * as modelsRoute from '../../app/api/v1/predictions/models/route';
import * as predictPlayerBacktestRoute from '../../app/api/v1/predictions/players/backtest/route';
import * as predictPlayersRoute from '../../app/api/v1/predictions/players/route';
import * as trainingJobRoute from '../../app/api/v1/predictions/training/[id]/route';
import * as trainingRoute from '../../app/api/v1/predictions/training/route';
import * as confirmGrantRoute from '../../app/api/v1/role-grants/[id]/confirm/route';
import { footballRoutes } from './football-routes';
import { golfRoutes } from './golf-routes';
import { liveRoutes } from './live-routes';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const routeHandlers: Record<string, Handler> = {
  'POST /api/v1/accounts': accountsRoute.POST as Handler,
  'GET /api/v1/me': meRoute.GET as Handler,
  'DELETE /api/v1/me': meRoute.DELETE as Handler,
  'GET /api/v1/me/export': exportMeRoute.GET as Handler,
  'GET /api/v1/me/follows': followsRoute.GET as Handler,
  'POST /api/v1/me/follows': followsRoute.POST as Handler,
  'DELETE /api/v1/me/follows/{id}': followRoute.DELETE as Handler,
  'GET /api/v1/me/notifications': notificationsRoute.GET as Handler,
  'POST /api/v1/me/notifications/read': readNotificationsRoute.POST as Handler,
  'GET /api/v1/me/notifications/stream': notificationStreamRoute.GET as Handler,
  'GET /api/v1/me/feed': feedRoute.GET as Handler,
  'GET /api/v1/me/digest': digestRoute.GET as Handler,
  'PATCH /api/v1/me/digest': digestRoute.PATCH as Handler,
  'GET /api/v1/accounts/{id}/export': exportAccountRoute.GET as Handler,
  'DELETE /api/v1/accounts/{id}': accountRoute.DELETE as Handler,
  'POST /api/v1/accounts/{id}/disable': disableRoute.POST as Handler,
  'POST /api/v1/accounts/{id}/enable': enableRoute.POST as Handler,
  'POST /api/v1/accounts/{id}/password-reset': issueResetRoute.POST as Handler,
  'GET /api/v1/accounts/{id}/grants': accountGrantsRoute.GET as Handler,
  'POST /api/v1/accounts/{id}/grants': accountGrantsRoute.POST as Handler,
  'DELETE /api/v1/accounts/{id}/grants/{grant_id}': accountGrantRoute.DELETE as Handler,
  'POST /api/v1/role-grants/{id}/confirm': confirmGrantRoute.POST as Handler,
  'POST /api/v1/me/links': linksRoute.POST as Handler,
  'GET /api/v1/leagues/{id}/members': leagueMembersRoute.GET as Handler,
  'POST /api/v1/password-resets': requestResetRoute.POST as Handler,
  'POST /api/v1/password-resets/redeem': redeemResetRoute.POST as Handler,
  'POST /api/v1/api-keys': keysRoute.POST as Handler,
  'GET /api/v1/api-keys': keysRoute.GET as Handler,
  'DELETE /api/v1/api-keys/{id}': keyRoute.DELETE as Handler,
  'GET /api/v1/audit': auditRoute.GET as Handler,
  'POST /api/v1/basketball/imports': importsRoute.POST as Handler,
  'GET /api/v1/basketball/imports': importsRoute.GET as Handler,
  'GET /api/v1/basketball/imports/{id}': importRoute.GET as Handler,
  'GET /api/v1/basketball/imports/{id}/rejections.csv': rejectionsCsvRoute.GET as Handler,
  'GET /api/v1/leagues': leaguesRoute.GET as Handler,
  'POST /api/v1/leagues': leaguesRoute.POST as Handler,
  'GET /api/v1/leagues/{id}': leagueRoute.GET as Handler,
  'PATCH /api/v1/leagues/{id}': leagueRoute.PATCH as Handler,
  'POST /api/v1/media': mediaRoute.POST as Handler,
  'GET /api/v1/media': mediaRoute.GET as Handler,
  'POST /api/v1/media/uploads': mediaUploadsRoute.POST as Handler,
  'GET /api/v1/media/{id}': mediaItemRoute.GET as Handler,
  'DELETE /api/v1/media/{id}': mediaItemRoute.DELETE as Handler,
  'POST /api/v1/media/{id}/complete': mediaCompleteRoute.POST as Handler,
  'GET /api/v1/media/{id}/file': mediaFileRoute.GET as Handler,
  'GET /api/v1/media/{id}/thumbnail': mediaThumbnailRoute.GET as Handler,
  'GET /api/v1/leagues/{id}/schedule': scheduleRoute.GET as Handler,
  'POST /api/v1/leagues/{id}/schedule': scheduleRoute.POST as Handler,
  'POST /api/v1/leagues/{id}/schedule/imports': scheduleImportsRoute.POST as Handler,
  'GET /api/v1/leagues/{id}/schedule/imports/{job_id}': scheduleImportRoute.GET as Handler,
  'PATCH /api/v1/leagues/{id}/schedule/{game_id}': scheduledGameRoute.PATCH as Handler,
  'DELETE /api/v1/leagues/{id}/schedule/{game_id}': scheduledGameRoute.DELETE as Handler,
  'GET /api/v1/leagues/{id}/calendar.ics': leagueCalendarRoute.GET as Handler,
  'GET /api/v1/basketball/teams/{id}/calendar.ics': teamCalendarRoute.GET as Handler,
  'POST /api/v1/invitations': invitationsRoute.POST as Handler,
  'GET /api/v1/invitations': invitationsRoute.GET as Handler,
  'DELETE /api/v1/invitations/{id}': invitationRoute.DELETE as Handler,
  'POST /api/v1/invitations/accept': acceptInvitationRoute.POST as Handler,
  'GET /api/v1/predictions/models': modelsRoute.GET as Handler,
  'GET /api/v1/predictions/models/{name}/{version}': modelRoute.GET as Handler,
  'POST /api/v1/predictions/models/{name}/{version}/load': modelLoadRoute.POST as Handler,
  'DELETE /api/v1/predictions/models/{name}/{version}/load': modelLoadRoute.DELETE as Handler,
  'POST /api/v1/predictions/training': trainingRoute.POST as Handler,
  'GET /api/v1/predictions/training/{id}': trainingJobRoute.GET as Handler,
  'POST /api/v1/predictions/games/simple': predictSimpleRoute.POST as Handler,
  'POST /api/v1/predictions/games': predictGamesRoute.POST as Handler,
  'POST /api/v1/predictions/compare': predictCompareRoute.POST as Handler,
  'POST /api/v1/predictions/batch': predictBatchRoute.POST as Handler,
  'GET /api/v1/predictions/backtest': predictBacktestRoute.GET as Handler,
  'POST /api/v1/predictions/players': predictPlayersRoute.POST as Handler,
  'GET /api/v1/predictions/players/backtest': predictPlayerBacktestRoute.GET as Handler,
  'GET /api/v1/predictions/history': predictHistoryRoute.GET as Handler,
  ...(liveRoutes as Record<string, Handler>),
  ...(golfRoutes as Record<string, Handler>),
  ...(footballRoutes as Record<string, Handler>),
};
