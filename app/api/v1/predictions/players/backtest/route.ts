import { playerBacktestContract } from '@/lib/api/contracts/predictions-players';
import { apiRoute } from '@/lib/api/route';
import { viewerOf } from '@/lib/auth/principal';
import { DomainError } from '@/lib/errors';
import { predictionLeague } from '@/lib/predictions/games/requests';
import { backtestPlayerModels } from '@/lib/predictions/players/backtest';
import { loadPlayerGameRows } from '@/lib/predictions/players/load';
import { MIN_PRIOR_GAMES } from '@/lib/predictions/players/register';

function queryError(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `The query is invalid: ${path} ${message}.`, [
    { location: 'query', path, message },
  ]);
}

export const GET = apiRoute(playerBacktestContract, async ({ db, principal, query }) => {
  if (query.to < query.from) throw queryError('to', 'is before from');
  const leagueId = await predictionLeague(db, viewerOf(principal), query.league);
  const history = await loadPlayerGameRows(db, { leagueId });
  const kind = query.model ?? 'ridge';
  if (!history.some((r) => r.date < query.from)) throw queryError('from', 'leaves no earlier player games to train on');
  if (!history.some((r) => r.date >= query.from && r.date <= query.to)) throw queryError('from', 'to `to` holds no player games');
  let result: ReturnType<typeof backtestPlayerModels>;
  try {
    result = backtestPlayerModels(history, {
      testFrom: query.from,
      testTo: query.to,
      minPriorGames: MIN_PRIOR_GAMES,
      stats: [query.stat],
      kinds: [kind],
      perGame: true,
    });
  } catch (err) {
    if (err instanceof RangeError) throw queryError('from', `leaves too few games to train on or test (${err.message})`);
    throw err;
  }
  const row = result.rows[0];
  if (!row) throw new Error('a backtest of one stat and kind has one row');
  return {
    data: (row.games ?? []).map((g) => ({
      player_id: g.playerId,
      game_id: g.gameId,
      date: g.date,
      actual: g.actual,
      p10: g.p10,
      p50: g.p50,
      p90: g.p90,
      baseline: g.baseline,
    })),
    meta: {
      stat: query.stat,
      kind,
      n: row.n,
      mae: row.mae,
      coverage: row.coverage,
      baseline_mae: row.baselineMae,
      trained_on: { from: result.trainFrom, to_before: result.testFrom, n: result.trainN },
    },
  };
});

export { preflight as OPTIONS } from '@/lib/api/preflight';
