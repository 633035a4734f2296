// The balldontlie drop-in: one route for every path under /api/compat/balldontlie, dispatching to
// an /api/v1-style handler (same key check, rate limit, zod parsing and logging) per endpoint.
import { BDL_BASE, bdlContracts as c } from '@/lib/api/contracts/balldontlie';
import { ApiError } from '@/lib/api/errors';
import { withRoute } from '@/lib/api/handler';
import { apiRoute } from '@/lib/api/route';
import { bdlBoxScores, bdlLiveBoxScores } from '@/lib/basketball/balldontlie/box-scores';
import { bdlGame, bdlGames } from '@/lib/basketball/balldontlie/games';
import { asApiRequest, withFlatError } from '@/lib/basketball/balldontlie/http';
import { bdlLeaders } from '@/lib/basketball/balldontlie/leaders';
import { type Endpoint, matchPath } from '@/lib/basketball/balldontlie/paths';
import { bdlActivePlayers, bdlPlayer, bdlPlayers } from '@/lib/basketball/balldontlie/players';
import { bdlSeasonAverages } from '@/lib/basketball/balldontlie/season-averages';
import { bdlStandings } from '@/lib/basketball/balldontlie/standings';
import { bdlStats } from '@/lib/basketball/balldontlie/stat-lines';
import { bdlTeam, bdlTeams } from '@/lib/basketball/balldontlie/teams';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const noStore = { 'cache-control': 'no-store' };

const handlers: Record<Endpoint, Handler> = {
  teams: apiRoute(c.teams, ({ db, query }) => bdlTeams(db, query)),
  team: apiRoute(c.team, ({ db, params }) => bdlTeam(db, params.id)),
  players: apiRoute(c.players, ({ db, query }) => bdlPlayers(db, query)),
  activePlayers: apiRoute(c.activePlayers, ({ db, query }) => bdlActivePlayers(db, query)),
  player: apiRoute(c.player, ({ db, params }) => bdlPlayer(db, params.id)),
  games: apiRoute(c.games, ({ db, query }) => bdlGames(db, query)),
  game: apiRoute(c.game, ({ db, params }) => bdlGame(db, params.id)),
  stats: apiRoute(c.stats, ({ db, query }) => bdlStats(db, query)),
  seasonAverages: apiRoute(c.seasonAverages, ({ db, query }) => bdlSeasonAverages(db, query)),
  standings: apiRoute(c.standings, ({ db, query }) => bdlStandings(db, query)),
  boxScores: apiRoute(c.boxScores, ({ db, query }) => bdlBoxScores(db, query)),
  liveBoxScores: apiRoute(c.liveBoxScores, async ({ db }) => ({ ...(await bdlLiveBoxScores(db)), headers: noStore })),
  leaders: apiRoute(c.leaders, ({ db, query }) => bdlLeaders(db, query)),
};

const notServed = withRoute<{ message: string }>(`${BDL_BASE}/{path}`, async ({ params }) => {
  throw new ApiError('not_found', params.message);
});

export async function GET(req: Request, ctx: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const { path = [] } = await ctx.params;
  const match = matchPath(path);
  if (match.kind === 'not_served')
    return withFlatError(await notServed(req, { params: Promise.resolve({ message: match.message }) }));
  const params: Record<string, string> = match.id ? { id: match.id } : {};
  const res = await handlers[match.endpoint](asApiRequest(req), { params: Promise.resolve(params) });
  return withFlatError(res);
}

export { preflight as OPTIONS } from '@/lib/api/preflight';
