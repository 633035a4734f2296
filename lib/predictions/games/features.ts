// Game features as of a date, from results and (when stored) team box-score lines. Pure: the
// engine sees games one date at a time, and a game's vector is taken before any game of its own
// date is recorded, so nothing of the game itself, its day or later can reach it.
import { EloBook } from './elo';

/** The four factors' raw counts of one team's line; null for games stored with a score only. */
export interface BoxLine {
  fgm: number;
  fga: number;
  fg3m: number;
  ftm: number;
  fta: number;
  oreb: number;
  dreb: number;
  turnover: number;
}

export interface GameResult {
  id: number;
  season: number;
  date: string;
  homeTeamId: number;
  awayTeamId: number;
  homeScore: number;
  awayScore: number;
  postseason: boolean;
  home: BoxLine | null;
  away: BoxLine | null;
}

export const FEATURES = [
  'elo_diff',
  'net5_diff',
  'net10_diff',
  'pts_for5_diff',
  'pts_against5_diff',
  'season_margin_diff',
  'win_pct_diff',
  'efg10_diff',
  'tov10_diff',
  'orb10_diff',
  'ftr10_diff',
  'streak_home',
  'streak_away',
  'home_net_at_home',
  'away_net_on_road',
  'rest_home',
  'rest_away',
  'b2b_home',
  'b2b_away',
  'trend_diff',
  'h2h_this_season',
  'h2h_last_season',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

interface TeamGame {
  season: number;
  date: string;
  home: boolean;
  opponent: number;
  ptsFor: number;
  ptsAgainst: number;
  /** Points per 100 possessions margin when the box score is known, else the point margin. */
  net: number;
  factors: { efg: number; tov: number; orb: number; ftr: number } | null;
}

// Two seasons and a bit: enough for last season's head-to-head and any rolling window.
const KEEP_GAMES = 180;
const REST_CAP = 7;

function possessions(b: BoxLine, oppDreb: number): number {
  // Oliver's estimate from one side's line.
  return b.fga - (b.oreb / Math.max(1, b.oreb + oppDreb)) * (b.fga - b.fgm) * 1.07 + b.turnover + 0.4 * b.fta;
}

function teamGame(g: GameResult, home: boolean): TeamGame {
  const ptsFor = home ? g.homeScore : g.awayScore;
  const ptsAgainst = home ? g.awayScore : g.homeScore;
  const own = home ? g.home : g.away;
  const opp = home ? g.away : g.home;
  let net = ptsFor - ptsAgainst;
  let factors: TeamGame['factors'] = null;
  if (own && opp && own.fga > 0) {
    const poss = (possessions(own, opp.dreb) + possessions(opp, own.dreb)) / 2;
    if (poss > 0) net = (100 * (ptsFor - ptsAgainst)) / poss;
    factors = {
      efg: (own.fgm + 0.5 * own.fg3m) / own.fga,
      tov: own.turnover / Math.max(1, own.fga + 0.44 * own.fta + own.turnover),
      orb: own.oreb / Math.max(1, own.oreb + opp.dreb),
      ftr: own.ftm / own.fga,
    };
  }
  return {
    season: g.season,
    date: g.date,
    home,
    opponent: home ? g.awayTeamId : g.homeTeamId,
    ptsFor,
    ptsAgainst,
    net,
    factors,
  };
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Least-squares slope of the margins, oldest first: is the team getting better or worse. */
function slope(ys: number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const mx = (n - 1) / 2;
  const my = mean(ys);
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (i - mx) * ((ys[i] ?? 0) - my);
    den += (i - mx) ** 2;
  }
  return num / den;
}

interface TeamSummary {
  net5: number;
  net10: number;
  ptsFor5: number;
  ptsAgainst5: number;
  seasonMargin: number;
  winPct: number;
  factors: { efg: number; tov: number; orb: number; ftr: number } | null;
  streak: number;
  netAtHome: number;
  netOnRoad: number;
  rest: number;
  trend: number;
}

function summarize(history: TeamGame[], season: number, date: string): TeamSummary {
  const last = (n: number) => history.slice(-n);
  const thisSeason = history.filter((g) => g.season === season);
  const boxed = last(10).flatMap((g) => (g.factors ? [g.factors] : []));
  let streak = 0;
  for (let i = thisSeason.length - 1; i >= 0; i--) {
    const g = thisSeason[i];
    if (!g) break;
    const won = g.ptsFor > g.ptsAgainst;
    if (streak === 0) streak = won ? 1 : -1;
    else if (won === streak > 0) streak += won ? 1 : -1;
    else break;
  }
  const prev = history.at(-1);
  const margins = (gs: TeamGame[]) => gs.map((g) => g.net);
  return {
    net5: mean(margins(last(5))),
    net10: mean(margins(last(10))),
    ptsFor5: mean(last(5).map((g) => g.ptsFor)),
    ptsAgainst5: mean(last(5).map((g) => g.ptsAgainst)),
    seasonMargin: mean(thisSeason.map((g) => g.ptsFor - g.ptsAgainst)),
    winPct: thisSeason.length === 0 ? 0.5 : thisSeason.filter((g) => g.ptsFor > g.ptsAgainst).length / thisSeason.length,
    factors:
      boxed.length === 0
        ? null
        : {
            efg: mean(boxed.map((f) => f.efg)),
            tov: mean(boxed.map((f) => f.tov)),
            orb: mean(boxed.map((f) => f.orb)),
            ftr: mean(boxed.map((f) => f.ftr)),
          },
    streak,
    netAtHome: mean(margins(thisSeason.filter((g) => g.home).slice(-10))),
    netOnRoad: mean(margins(thisSeason.filter((g) => !g.home).slice(-10))),
    rest: prev && prev.season === season ? Math.min(REST_CAP, daysBetween(prev.date, date)) : REST_CAP,
    trend: slope(margins(last(10))),
  };
}

/** Keeps every team's recent games and Elo; answers feature vectors for any matchup on a later date. */
export class FeatureEngine {
  private readonly teams = new Map<number, TeamGame[]>();
  private readonly elo = new EloBook();
  private lastDate = '';

  /** Records a final game. Games must come in date order. */
  record(g: GameResult): void {
    if (g.date < this.lastDate) throw new Error(`games out of order: ${g.date} after ${this.lastDate}`);
    this.lastDate = g.date;
    this.elo.record(g);
    for (const [teamId, home] of [
      [g.homeTeamId, true],
      [g.awayTeamId, false],
    ] as const) {
      const list = this.teams.get(teamId) ?? [];
      list.push(teamGame(g, home));
      if (list.length > KEEP_GAMES * 2) list.splice(0, list.length - KEEP_GAMES);
      this.teams.set(teamId, list);
    }
  }

  /** The features of home vs visitor on `date` in `season`, from the games recorded so far (all before `date`). */
  vector(homeTeamId: number, awayTeamId: number, date: string, season: number): FeatureVector {
    if (date <= this.lastDate && this.lastDate !== '') {
      throw new Error(`features as of ${date} asked after games of ${this.lastDate} were recorded`);
    }
    const homeHistory = this.teams.get(homeTeamId) ?? [];
    const awayHistory = this.teams.get(awayTeamId) ?? [];
    const h = summarize(homeHistory, season, date);
    const a = summarize(awayHistory, season, date);
    const factor = (k: 'efg' | 'tov' | 'orb' | 'ftr') => (h.factors && a.factors ? h.factors[k] - a.factors[k] : 0);
    const h2h = (s: number) =>
      homeHistory
        .filter((g) => g.season === s && g.opponent === awayTeamId)
        .reduce((n, g) => n + (g.ptsFor > g.ptsAgainst ? 1 : -1), 0);
    return {
      elo_diff: this.elo.rating(homeTeamId, season) - this.elo.rating(awayTeamId, season),
      net5_diff: h.net5 - a.net5,
      net10_diff: h.net10 - a.net10,
      pts_for5_diff: h.ptsFor5 - a.ptsFor5,
      pts_against5_diff: h.ptsAgainst5 - a.ptsAgainst5,
      season_margin_diff: h.seasonMargin - a.seasonMargin,
      win_pct_diff: h.winPct - a.winPct,
      efg10_diff: factor('efg'),
      tov10_diff: factor('tov'),
      orb10_diff: factor('orb'),
      ftr10_diff: factor('ftr'),
      streak_home: h.streak,
      streak_away: a.streak,
      home_net_at_home: h.netAtHome,
      away_net_on_road: a.netOnRoad,
      rest_home: h.rest,
      rest_away: a.rest,
      b2b_home: h.rest === 1 ? 1 : 0,
      b2b_away: a.rest === 1 ? 1 : 0,
      trend_diff: h.trend - a.trend,
      h2h_this_season: h2h(season),
      h2h_last_season: h2h(season - 1),
    };
  }
}

export interface GameFeatures {
  game: GameResult;
  features: FeatureVector;
}

/**
 * Every game's features as of the day before it, in date order: all games of a date get their
 * vectors first, then all of them are recorded.
 */
export function buildGameFeatures(games: GameResult[], onProgress?: (done: number) => void): GameFeatures[] {
  const sorted = [...games].sort((x, y) => (x.date === y.date ? x.id - y.id : x.date < y.date ? -1 : 1));
  const engine = new FeatureEngine();
  const out: GameFeatures[] = [];
  for (let i = 0; i < sorted.length; ) {
    const date = sorted[i]?.date;
    let j = i;
    while (j < sorted.length && sorted[j]?.date === date) j++;
    const day = sorted.slice(i, j);
    for (const g of day) out.push({ game: g, features: engine.vector(g.homeTeamId, g.awayTeamId, g.date, g.season) });
    for (const g of day) engine.record(g);
    i = j;
    onProgress?.(i);
  }
  return out;
}

/** The same games with every box score dropped: what a results-only league would see. */
export function withoutBoxScores(games: GameResult[]): GameResult[] {
  return games.map((g) => ({ ...g, home: null, away: null }));
}
