// Pure statistics from totals: per-game, per-36 and shooting rates. Percentages always come from
// totals (never an average of per-game percentages), and only games with minutes count as played.
export const countingKeys = [
  'fgm',
  'fga',
  'fg3m',
  'fg3a',
  'ftm',
  'fta',
  'oreb',
  'dreb',
  'reb',
  'ast',
  'stl',
  'blk',
  'turnover',
  'pf',
  'pts',
] as const;
export type CountingKey = (typeof countingKeys)[number];

export type Totals = Record<CountingKey, number> & { min: number; gamesPlayed: number };

/** Just the counting stats of any row that has them (a box-score line, an export entry). */
export function pickCounting(row: Record<CountingKey, number>): Record<CountingKey, number> {
  return Object.fromEntries(countingKeys.map((k) => [k, row[k]])) as Record<CountingKey, number>;
}

export interface Averages {
  games_played: number;
  min: number;
  totals: Record<CountingKey, number> & { min: number };
  per_game: Record<CountingKey, number>;
  per_36: Record<CountingKey, number> | null;
  fg_pct: number | null;
  fg3_pct: number | null;
  ft_pct: number | null;
  ts_pct: number | null;
  efg_pct: number | null;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
/** A rate from totals, to three places; null when nothing was attempted. */
export const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 3) : null);

export function averagesFromTotals(t: Totals): Averages {
  const gp = t.gamesPlayed;
  const perGame = Object.fromEntries(countingKeys.map((k) => [k, gp > 0 ? round(t[k] / gp, 1) : 0])) as Record<
    CountingKey,
    number
  >;
  const per36 =
    t.min > 0
      ? (Object.fromEntries(countingKeys.map((k) => [k, round((t[k] * 36) / t.min, 1)])) as Record<CountingKey, number>)
      : null;
  return {
    games_played: gp,
    min: gp > 0 ? round(t.min / gp, 1) : 0,
    totals: { ...Object.fromEntries(countingKeys.map((k) => [k, t[k]])), min: round(t.min, 1) } as Averages['totals'],
    per_game: perGame,
    per_36: per36,
    fg_pct: ratio(t.fgm, t.fga),
    fg3_pct: ratio(t.fg3m, t.fg3a),
    ft_pct: ratio(t.ftm, t.fta),
    ts_pct: ratio(t.pts, 2 * (t.fga + 0.44 * t.fta)),
    efg_pct: ratio(t.fgm + 0.5 * t.fg3m, t.fga),
  };
}

/** "30.5" minutes → "30:30", for display. */
export function formatMinutes(min: number): string {
  const whole = Math.floor(min);
  const seconds = Math.round((min - whole) * 60);
  return seconds === 60 ? `${whole + 1}:00` : `${whole}:${String(seconds).padStart(2, '0')}`;
}

export interface GameResultForStandings {
  date: string;
  gameId: number;
  teamId: number;
  won: boolean;
  /** null when the source does not say where the game was played. */
  home: boolean | null;
}

export interface StandingRow {
  teamId: number;
  wins: number;
  losses: number;
  pct: number;
  gamesBehind: number;
  home: { wins: number; losses: number } | null;
  away: { wins: number; losses: number } | null;
  lastTen: { wins: number; losses: number };
  /** "W3" / "L1". */
  streak: string;
}

/** Standings from each team's results; games behind is measured against `leader` (best W-L). */
export function computeStandings(results: GameResultForStandings[]): StandingRow[] {
  const byTeam = new Map<number, GameResultForStandings[]>();
  for (const r of results) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r]);
  const rows = [...byTeam.entries()].map(([teamId, games]) => {
    const ordered = [...games].sort((a, b) => (a.date === b.date ? a.gameId - b.gameId : a.date < b.date ? -1 : 1));
    const wins = ordered.filter((g) => g.won).length;
    const losses = ordered.length - wins;
    const split = (home: boolean) => {
      const subset = ordered.filter((g) => g.home === home);
      return { wins: subset.filter((g) => g.won).length, losses: subset.filter((g) => !g.won).length };
    };
    const venueKnown = ordered.every((g) => g.home !== null);
    const last = ordered.slice(-10);
    let streakLen = 0;
    const lastResult = ordered.at(-1)?.won;
    for (let i = ordered.length - 1; i >= 0 && ordered[i]?.won === lastResult; i--) streakLen++;
    return {
      teamId,
      wins,
      losses,
      pct: ordered.length ? round(wins / ordered.length, 3) : 0,
      gamesBehind: 0,
      home: venueKnown ? split(true) : null,
      away: venueKnown ? split(false) : null,
      lastTen: { wins: last.filter((g) => g.won).length, losses: last.filter((g) => !g.won).length },
      streak: lastResult === undefined ? '' : `${lastResult ? 'W' : 'L'}${streakLen}`,
    };
  });
  rows.sort((a, b) => b.pct - a.pct || b.wins - a.wins || a.teamId - b.teamId);
  const leader = rows[0];
  for (const r of rows) r.gamesBehind = leader ? (leader.wins - r.wins + (r.losses - leader.losses)) / 2 : 0;
  return rows;
}
