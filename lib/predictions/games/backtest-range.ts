// The walk-forward forecasts of a date range, game by game, for anyone to check against the scores:
// each season in the range is predicted by a model trained on the seasons before it only.
import { sql } from 'drizzle-orm';
import { cachedBasketball } from '@/lib/basketball/versioned-cache';
import { type Db, rowsOf } from '@/lib/db/client';
import { DomainError } from '@/lib/errors';
import type { GameModelKind } from './artifact';
import { loadFeatureRows } from './backtest';
import { loadLeagueTeams } from './load';
import { score } from './metrics';
import { walkForward } from './walk-forward';

export const BACKTEST_MAX_SEASONS = 3;

export async function backtestRange(db: Db, opts: { leagueId: number; kind: GameModelKind; from: string; to: string }) {
  if (opts.from > opts.to) {
    throw new DomainError('validation_failed', 'The request query is invalid: to is before from.', [
      { location: 'query', path: 'to', message: 'is before from' },
    ]);
  }
  const seasons = rowsOf<{ season: number }>(
    await db.execute(sql`select distinct season from bb_games
      where league_id = ${opts.leagueId} and not postseason and date between ${opts.from} and ${opts.to} order by season`),
  ).map((r) => Number(r.season));
  if (seasons.length > BACKTEST_MAX_SEASONS) {
    throw new DomainError('validation_failed', `The request query is invalid: the range spans ${seasons.length} seasons.`, [
      { location: 'query', path: 'to', message: `the range spans ${seasons.length} seasons; at most ${BACKTEST_MAX_SEASONS}` },
    ]);
  }
  return cachedBasketball(db, `predictions:backtest:${opts.leagueId}:${opts.kind}:${opts.from}:${opts.to}`, 3600, async () => {
    const rows = await loadFeatureRows(db, opts.leagueId);
    const run = walkForward(opts.kind, rows, seasons);
    const teams = new Map((await loadLeagueTeams(db, opts.leagueId)).map((t) => [t.id, t]));
    const ref = (id: number) => {
      const t = teams.get(id);
      return { id, abbreviation: t?.abbreviation ?? '', full_name: t?.name ?? '' };
    };
    const forecasts = run.seasons.flatMap((s) => s.forecasts).filter((f) => f.date >= opts.from && f.date <= opts.to);
    const board = score(forecasts.map((f) => ({ p: f.p, y: f.homeScore > f.awayScore ? 1 : 0 })));
    return {
      items: forecasts.map((f) => ({
        game_id: f.gameId,
        date: f.date,
        home_team: ref(f.homeTeamId),
        visitor_team: ref(f.awayTeamId),
        home_win_probability: f.p,
        home_team_score: f.homeScore,
        visitor_team_score: f.awayScore,
      })),
      meta: {
        n: board.n,
        accuracy: board.accuracy,
        brier: board.brier,
        log_loss: board.logLoss,
        kind: opts.kind,
        // One model per season, each trained on the regular seasons before it.
        trained: run.seasons.map((s) => ({ season: s.season, trained_on_games: s.trainedOn })),
      },
    };
  });
}
