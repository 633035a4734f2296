// Player features as of a date: what was known the day before a game, never the game itself or
// anything after it. Pure: one date-ordered sweep over all stored lines (set-wise, no per-player
// queries), so training, evaluation and a single live prediction share the same code.

export type PlayerStat = 'pts' | 'reb' | 'ast';
export const playerStats: readonly PlayerStat[] = ['pts', 'reb', 'ast'];

/** One player's line in one game, as the loader reads it (only games the player played). */
export interface PlayerGameRow {
  playerId: number;
  gameId: number;
  date: string; // YYYY-MM-DD
  season: number;
  teamId: number;
  opponentId: number;
  /** Null when the source does not say where the game was played (player game logs). */
  isHome: boolean | null;
  min: number;
  pts: number;
  reb: number;
  ast: number;
}

/** A game to predict: the player, the date and, when known, the opponent and venue. */
export type PlayerTarget = Pick<PlayerGameRow, 'playerId' | 'date' | 'season' | 'opponentId' | 'isHome'>;

export const playerFeatureNames = [
  'pts_last5',
  'reb_last5',
  'ast_last5',
  'min_last5',
  'pts_last10',
  'reb_last10',
  'ast_last10',
  'min_last10',
  'pts_season',
  'reb_season',
  'ast_season',
  'min_season',
  'games_played',
  'rest_days',
  'home',
  'opp_pts_allowed',
  'opp_reb_allowed',
  'opp_ast_allowed',
] as const;
export type PlayerFeatureName = (typeof playerFeatureNames)[number];

/** Features of one target; `priorGames` = the player's games before it (any season). */
export interface PlayerExample<T extends PlayerTarget = PlayerTarget> {
  target: T;
  features: number[];
  priorGames: number;
}

// A week off is as rested as a month off; the cap keeps season openers from dominating the fit.
const MAX_REST_DAYS = 5;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

interface Line {
  min: number;
  pts: number;
  reb: number;
  ast: number;
}
type Totals = Line & { games: number };
const zero = (): Totals => ({ games: 0, min: 0, pts: 0, reb: 0, ast: 0 });
function add(t: Totals, l: Line): void {
  t.games += 1;
  t.min += l.min;
  t.pts += l.pts;
  t.reb += l.reb;
  t.ast += l.ast;
}

function lastMean(history: Line[], n: number, key: keyof Line): number {
  const from = Math.max(0, history.length - n);
  let sum = 0;
  for (let i = from; i < history.length; i++) sum += history[i]?.[key] ?? 0;
  return history.length === from ? 0 : sum / (history.length - from);
}

/**
 * Features for every target from the history strictly before the target's date. Targets default
 * to the history rows themselves (training and backtests); pass other targets for games not yet
 * played. Examples come back in date order.
 */
export function buildPlayerFeatures<T extends PlayerTarget = PlayerGameRow>(
  history: readonly PlayerGameRow[],
  targets: readonly T[] = history as unknown as readonly T[],
): PlayerExample<T>[] {
  const byDate = <R extends { date: string }>(rows: readonly R[]) => {
    const m = new Map<string, R[]>();
    for (const r of rows) {
      const list = m.get(r.date);
      if (list) list.push(r);
      else m.set(r.date, [r]);
    }
    return m;
  };
  const historyByDate = byDate(history);
  const targetsByDate = byDate(targets);
  const dates = [...new Set([...historyByDate.keys(), ...targetsByDate.keys()])].sort();

  const players = new Map<number, { lines: Line[]; lastDate: string; season: number; totals: Totals }>();
  // What each team's opponents scored against it, per season: the team's defense so far.
  const allowed = new Map<string, Totals>();
  const leagueAllowed = new Map<number, Totals>();
  const out: PlayerExample<T>[] = [];

  for (const date of dates) {
    for (const t of targetsByDate.get(date) ?? []) {
      const p = players.get(t.playerId);
      const lines = p?.lines ?? [];
      const season = p && p.season === t.season ? p.totals : zero();
      const perGame = (k: keyof Line) => (season.games ? season[k] / season.games : 0);
      const defense = allowed.get(`${t.opponentId}|${t.season}`);
      const league = leagueAllowed.get(t.season);
      // A team not yet seen (or an unknown opponent) defends like the league so far.
      const opp = defense?.games ? defense : league;
      const oppPerGame = (k: keyof Line) => (opp?.games ? opp[k] / opp.games : 0);
      out.push({
        target: t,
        priorGames: lines.length,
        features: [
          lastMean(lines, 5, 'pts'),
          lastMean(lines, 5, 'reb'),
          lastMean(lines, 5, 'ast'),
          lastMean(lines, 5, 'min'),
          lastMean(lines, 10, 'pts'),
          lastMean(lines, 10, 'reb'),
          lastMean(lines, 10, 'ast'),
          lastMean(lines, 10, 'min'),
          perGame('pts'),
          perGame('reb'),
          perGame('ast'),
          perGame('min'),
          season.games,
          p ? Math.min(MAX_REST_DAYS, days(p.lastDate, date)) : MAX_REST_DAYS,
          t.isHome === null ? 0 : t.isHome ? 1 : -1,
          oppPerGame('pts'),
          oppPerGame('reb'),
          oppPerGame('ast'),
        ],
      });
    }

    const today = historyByDate.get(date) ?? [];
    // Team totals of each game today; a team allows what its opponent's players made.
    const gameTotals = new Map<string, Line & { season: number; opponentId: number }>();
    for (const r of today) {
      const key = `${r.gameId}|${r.teamId}`;
      const g = gameTotals.get(key) ?? { season: r.season, opponentId: r.opponentId, min: 0, pts: 0, reb: 0, ast: 0 };
      g.min += r.min;
      g.pts += r.pts;
      g.reb += r.reb;
      g.ast += r.ast;
      gameTotals.set(key, g);

      const p = players.get(r.playerId);
      if (!p) {
        const totals = zero();
        add(totals, r);
        players.set(r.playerId, { lines: [r], lastDate: date, season: r.season, totals });
      } else {
        p.lines.push(r);
        p.lastDate = date;
        if (p.season !== r.season) {
          p.season = r.season;
          p.totals = zero();
        }
        add(p.totals, r);
      }
    }
    for (const g of gameTotals.values()) {
      const key = `${g.opponentId}|${g.season}`;
      const t = allowed.get(key) ?? zero();
      add(t, g);
      allowed.set(key, t);
      const l = leagueAllowed.get(g.season) ?? zero();
      add(l, g);
      leagueAllowed.set(g.season, l);
    }
  }
  return out;
}

/**
 * One target's features, the same as `buildPlayerFeatures(history, [target])` but from only the
 * lines that can matter: the player's own and those against the opponent (its defense). Only when
 * the opponent has no game yet this season does the league average need every line.
 */
export function playerFeaturesAsOf<T extends PlayerTarget>(history: readonly PlayerGameRow[], target: T): PlayerExample<T> {
  const before = history.filter((r) => r.date < target.date);
  const faced = before.some((r) => r.opponentId === target.opponentId && r.season === target.season);
  const rows = faced ? before.filter((r) => r.playerId === target.playerId || r.opponentId === target.opponentId) : before;
  const [example] = buildPlayerFeatures(rows, [target]);
  if (!example) throw new Error('a target always yields an example');
  return example;
}
