// The walk-forward scoreboard of a league from the database: load its games, build the features,
// run each model kind season by season, and (given FiveThirtyEight's forecasts) score theirs and
// ours on the games both forecast.
import type { Db } from '@/lib/db/client';
import type { GameModelKind } from './artifact';
import { buildGameFeatures, type GameFeatures, withoutBoxScores } from './features';
import { joinFiveThirtyEight, type PublishedForecast } from './fivethirtyeight';
import { loadLeagueGames, loadLeagueTeams } from './load';
import { type Forecast, type Scoreboard, score } from './metrics';
import { type WalkForward, walkForward } from './walk-forward';

export type BacktestProgress =
  | { stage: 'features'; done: number; total: number }
  | { stage: 'train'; done: number; total: number; kind: GameModelKind; season: number };

export interface BacktestOptions {
  leagueId: number;
  kinds: GameModelKind[];
  seasons: number[];
  /** Drop every box score: the honest number for seasons (or leagues) with results only. */
  resultsOnly?: boolean;
  fiveThirtyEight?: PublishedForecast[];
  onProgress?: (p: BacktestProgress) => void;
}

export interface VersusFiveThirtyEight {
  season: number | 'pooled';
  theirs: Scoreboard;
  ours: Record<string, Scoreboard>;
}

export interface BacktestReport {
  games: number;
  runs: WalkForward[];
  versus538: VersusFiveThirtyEight[];
}

export async function loadFeatureRows(
  db: Db,
  leagueId: number,
  opts: { resultsOnly?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<GameFeatures[]> {
  const games = await loadLeagueGames(db, leagueId);
  return buildGameFeatures(opts.resultsOnly ? withoutBoxScores(games) : games, (done) => opts.onProgress?.(done, games.length));
}

export async function runBacktest(db: Db, opts: BacktestOptions): Promise<BacktestReport> {
  const rows = await loadFeatureRows(db, opts.leagueId, {
    resultsOnly: opts.resultsOnly,
    onProgress: (done, total) => opts.onProgress?.({ stage: 'features', done, total }),
  });
  const total = opts.kinds.length * opts.seasons.length;
  const runs = opts.kinds.map((kind, k) =>
    walkForward(kind, rows, opts.seasons, (season, i) =>
      opts.onProgress?.({ stage: 'train', done: k * opts.seasons.length + i, total, kind, season }),
    ),
  );
  opts.onProgress?.({ stage: 'train', done: total, total, kind: opts.kinds.at(-1) ?? 'logistic', season: 0 });
  const versus538 = opts.fiveThirtyEight ? await compareWith538(db, opts.leagueId, runs, opts.fiveThirtyEight) : [];
  return { games: rows.length, runs, versus538 };
}

async function compareWith538(
  db: Db,
  leagueId: number,
  runs: WalkForward[],
  published: PublishedForecast[],
): Promise<VersusFiveThirtyEight[]> {
  const names = new Map((await loadLeagueTeams(db, leagueId)).map((t) => [t.id, t.name]));
  const first = runs[0];
  if (!first) return [];
  const all = first.seasons.flatMap((s) => s.forecasts);
  const theirs = joinFiveThirtyEight(
    all.map((f) => ({
      gameId: f.gameId,
      date: f.date,
      homeName: names.get(f.homeTeamId) ?? '',
      awayName: names.get(f.awayTeamId) ?? '',
      y: f.homeScore > f.awayScore ? 1 : 0,
    })),
    published,
  );
  const section = (season: number | 'pooled'): VersusFiveThirtyEight => {
    const inSeason = (s: number) => season === 'pooled' || s === season;
    const ids = all.filter((f) => inSeason(f.season) && theirs.has(f.gameId)).map((f) => f.gameId);
    const ours: Record<string, Scoreboard> = {};
    for (const run of runs) {
      const mine = new Map(run.seasons.flatMap((s) => s.forecasts).map((f) => [f.gameId, f]));
      ours[run.kind] = score(
        ids.flatMap((id): Forecast[] => {
          const f = mine.get(id);
          return f ? [{ p: f.p, y: f.homeScore > f.awayScore ? 1 : 0 }] : [];
        }),
      );
    }
    return { season, theirs: score(ids.flatMap((id) => theirs.get(id) ?? [])), ours };
  };
  // Seasons before their forecasts begin have nothing to compare.
  return [...first.seasons.map((s) => section(s.season)), section('pooled')].filter((v) => v.theirs.n > 0);
}
