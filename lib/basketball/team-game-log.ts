// stats.nba.com team game logs (two rows per game) → games with home/away and scores. Pure.
import { z } from 'zod';
import { type CountingStats, count, signedInt } from './stat-fields';

export const teamGameLogRow = z.object({
  SEASON_ID: z.string().regex(/^[1-5]\d{4}$/, 'expected a season id like 22018'),
  TEAM_ID: z.string().regex(/^\d+$/, 'expected a numeric team id'),
  TEAM_ABBREVIATION: z.string().regex(/^[A-Z]{2,4}$/, 'expected a 2-4 letter abbreviation'),
  TEAM_NAME: z.string().min(1),
  GAME_ID: z.string().regex(/^\d{10}$/, 'expected a 10-digit game id'),
  GAME_DATE: z.iso.date(),
  MATCHUP: z.string().regex(/^[A-Z]{2,4} (vs\.|@) [A-Z]{2,4}$/, 'expected "AAA vs. BBB" or "AAA @ BBB"'),
  // CSV gives strings, JSON numbers; a blank is missing data, never 0.
  PTS: z.union([
    z.number().int().min(0).max(999),
    z
      .string()
      .regex(/^\d{1,3}$/, 'expected whole points, 0-999')
      .transform(Number),
  ]),
});
export type TeamGameLogRow = z.infer<typeof teamGameLogRow>;

/** The box-score columns of a team game log row, for importing full team lines. */
export const teamGameLogStats = z.object({
  WL: z.enum(['W', 'L'], 'expected W or L'),
  MIN: count(400),
  FGM: count(),
  FGA: count(),
  FG3M: count(),
  FG3A: count(),
  FTM: count(),
  FTA: count(),
  OREB: count(),
  DREB: count(),
  REB: count(),
  AST: count(),
  STL: count(),
  BLK: count(),
  TOV: count(),
  PF: count(),
  PLUS_MINUS: signedInt,
});
export const teamGameLogFullRow = teamGameLogRow.extend(teamGameLogStats.shape);
export type TeamGameLogFullRow = z.infer<typeof teamGameLogFullRow>;

export function teamLineStats(r: TeamGameLogFullRow): CountingStats {
  return {
    fgm: r.FGM,
    fga: r.FGA,
    fg3m: r.FG3M,
    fg3a: r.FG3A,
    ftm: r.FTM,
    fta: r.FTA,
    oreb: r.OREB,
    dreb: r.DREB,
    reb: r.REB,
    ast: r.AST,
    stl: r.STL,
    blk: r.BLK,
    turnover: r.TOV,
    pf: r.PF,
    pts: r.PTS,
  };
}

export interface TeamRef {
  sourceId: string;
  abbreviation: string;
  name: string;
}

export interface GameFromLog<R extends TeamGameLogRow = TeamGameLogRow> {
  homeRow: R;
  awayRow: R;
  sourceId: string;
  season: number;
  date: string;
  postseason: boolean;
  home: TeamRef;
  away: TeamRef;
  homeScore: number;
  awayScore: number;
}

/** Season id 22018 → 2018; the leading digit is the season type (2 regular, 4 playoffs). */
export function seasonFromId(seasonId: string): { season: number; postseason: boolean } {
  return { season: Number(seasonId.slice(1)), postseason: seasonId.startsWith('4') };
}

/** Pairs rows by GAME_ID; the " vs. " row is the home team. Unpaired or contradictory games are returned as problems. */
export function pairGames<R extends TeamGameLogRow>(rows: R[]): { games: GameFromLog<R>[]; problems: string[] } {
  const byGame = new Map<string, R[]>();
  for (const row of rows) {
    const list = byGame.get(row.GAME_ID) ?? [];
    list.push(row);
    byGame.set(row.GAME_ID, list);
  }
  const games: GameFromLog<R>[] = [];
  const problems: string[] = [];
  for (const [gameId, pair] of byGame) {
    const home = pair.find((r) => r.MATCHUP.includes(' vs. '));
    const away = pair.find((r) => r.MATCHUP.includes(' @ '));
    if (pair.length !== 2 || !home || !away) {
      problems.push(`game ${gameId}: expected one home and one away row, found ${pair.length} row(s)`);
      continue;
    }
    const contradiction = contradictionOf(home, away);
    if (contradiction) {
      problems.push(`game ${gameId}: ${contradiction}`);
      continue;
    }
    const { season, postseason } = seasonFromId(home.SEASON_ID);
    const team = (r: TeamGameLogRow): TeamRef => ({ sourceId: r.TEAM_ID, abbreviation: r.TEAM_ABBREVIATION, name: r.TEAM_NAME });
    games.push({
      homeRow: home,
      awayRow: away,
      sourceId: gameId,
      season,
      date: home.GAME_DATE,
      postseason,
      home: team(home),
      away: team(away),
      homeScore: home.PTS,
      awayScore: away.PTS,
    });
  }
  return { games, problems };
}

/** Two rows of one game must agree: same date and season, two different teams, matching matchups. */
function contradictionOf(home: TeamGameLogRow, away: TeamGameLogRow): string | null {
  if (home.TEAM_ID === away.TEAM_ID) return `both rows are team ${home.TEAM_ID}`;
  if (home.GAME_DATE !== away.GAME_DATE) return `rows disagree on the date (${home.GAME_DATE} vs ${away.GAME_DATE})`;
  if (home.SEASON_ID !== away.SEASON_ID) return `rows disagree on the season (${home.SEASON_ID} vs ${away.SEASON_ID})`;
  if (home.MATCHUP !== `${home.TEAM_ABBREVIATION} vs. ${away.TEAM_ABBREVIATION}`) {
    return `home matchup "${home.MATCHUP}" does not name ${home.TEAM_ABBREVIATION} vs. ${away.TEAM_ABBREVIATION}`;
  }
  if (away.MATCHUP !== `${away.TEAM_ABBREVIATION} @ ${home.TEAM_ABBREVIATION}`) {
    return `away matchup "${away.MATCHUP}" does not name ${away.TEAM_ABBREVIATION} @ ${home.TEAM_ABBREVIATION}`;
  }
  return null;
}
