// Walk-forward evaluation: for each season S, train on every regular-season game before S and
// predict S's regular-season games in date order with features as of the day before (the feature
// rows already are). Baselines on the same games: the home team wins; Elo alone.
import { type GameModelArtifact, type GameModelKind, predictGame } from './artifact';
import type { GameFeatures } from './features';
import { type Forecast, type Scoreboard, score } from './metrics';
import { trainGameModel } from './train';

export interface GameForecast {
  gameId: number;
  season: number;
  date: string;
  homeTeamId: number;
  awayTeamId: number;
  homeScore: number;
  awayScore: number;
  p: number;
}

export interface SeasonResult {
  season: number;
  trainedOn: number;
  model: Scoreboard;
  home: Scoreboard;
  elo: Scoreboard;
  forecasts: GameForecast[];
}

export interface WalkForward {
  kind: GameModelKind;
  seasons: SeasonResult[];
  pooled: { model: Scoreboard; home: Scoreboard; elo: Scoreboard };
}

const toForecast = (f: GameForecast): Forecast => ({ p: f.p, y: f.homeScore > f.awayScore ? 1 : 0 });

function forecastsOf(artifact: GameModelArtifact, rows: GameFeatures[]): GameForecast[] {
  return rows.map((r) => ({
    gameId: r.game.id,
    season: r.game.season,
    date: r.game.date,
    homeTeamId: r.game.homeTeamId,
    awayTeamId: r.game.awayTeamId,
    homeScore: r.game.homeScore,
    awayScore: r.game.awayScore,
    p: predictGame(artifact, r.features).home_win_probability,
  }));
}

export function walkForward(
  kind: GameModelKind,
  rows: GameFeatures[],
  seasons: number[],
  onSeason?: (season: number, index: number) => void,
): WalkForward {
  const regular = rows.filter((r) => !r.game.postseason);
  const results: SeasonResult[] = [];
  const all = { model: [] as Forecast[], home: [] as Forecast[], elo: [] as Forecast[] };
  for (const [index, season] of seasons.entries()) {
    onSeason?.(season, index);
    const train = regular.filter((r) => r.game.season < season);
    const test = regular.filter((r) => r.game.season === season);
    if (train.length === 0 || test.length === 0) continue;
    const model = forecastsOf(trainGameModel(kind, train), test);
    const home = forecastsOf(trainGameModel('home', train), test);
    const elo = forecastsOf(trainGameModel('elo', train), test);
    all.model.push(...model.map(toForecast));
    all.home.push(...home.map(toForecast));
    all.elo.push(...elo.map(toForecast));
    results.push({
      season,
      trainedOn: train.length,
      model: score(model.map(toForecast)),
      home: score(home.map(toForecast)),
      elo: score(elo.map(toForecast)),
      forecasts: model,
    });
  }
  // Pooled over games, not averaged over seasons: a lockout season weighs what it played.
  return { kind, seasons: results, pooled: { model: score(all.model), home: score(all.home), elo: score(all.elo) } };
}
