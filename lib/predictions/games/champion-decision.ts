// Whether a retrained challenger replaces the champion: both are judged on the walk-forward
// scoreboard each version stores, over the seasons both were tested on (a season only one of them
// was tested on says nothing about the other), pooled over games. Lower Brier score wins. Pure.

export interface SeasonScore {
  season: number;
  model: { n: number; accuracy: number; brier: number; log_loss: number };
}

export interface Scored {
  version: number;
  /** Regular-season games the version was trained on. */
  games: number;
  seasons: SeasonScore[];
}

export interface PooledScore {
  n: number;
  accuracy: number;
  brier: number;
  log_loss: number;
}

export interface ChampionDecision {
  promoted: boolean;
  reason: string;
  seasons: number[];
  champion: PooledScore & { version: number; games: number };
  challenger: PooledScore & { version: number; games: number };
}

/** Brier scores closer than this are the same score (the same recipe on the same past games). */
export const TIE = 1e-9;

export function pool(seasons: SeasonScore[]): PooledScore {
  const n = seasons.reduce((a, s) => a + s.model.n, 0);
  const mean = (f: (s: SeasonScore) => number) => (n === 0 ? Number.NaN : seasons.reduce((a, s) => a + f(s) * s.model.n, 0) / n);
  return {
    n,
    accuracy: mean((s) => s.model.accuracy),
    brier: mean((s) => s.model.brier),
    log_loss: mean((s) => s.model.log_loss),
  };
}

/**
 * The challenger wins with a lower Brier score on the shared seasons. On a tie (its walk-forward
 * saw the same past games, as when the import added only games after them) it wins if it was
 * trained on more games: the same recipe that knows the new results.
 */
export function decideChampion(champion: Scored, challenger: Scored): ChampionDecision {
  const shared = challenger.seasons.map((s) => s.season).filter((s) => champion.seasons.some((c) => c.season === s));
  const on = (x: Scored) => pool(shared.length > 0 ? x.seasons.filter((s) => shared.includes(s.season)) : x.seasons);
  const a = on(champion);
  const b = on(challenger);
  const where = shared.length > 0 ? `on ${shared.join(', ')}` : 'on their own seasons (none shared)';
  let promoted: boolean;
  let reason: string;
  if (!(Number.isFinite(a.brier) && Number.isFinite(b.brier))) {
    promoted = false;
    reason = 'a scoreboard is empty: nothing to compare, the champion stays';
  } else if (b.brier < a.brier - TIE) {
    promoted = true;
    reason = `lower Brier ${where}: ${b.brier.toFixed(4)} against ${a.brier.toFixed(4)}`;
  } else if (Math.abs(b.brier - a.brier) <= TIE && challenger.games > champion.games) {
    promoted = true;
    reason = `same Brier ${where} (${b.brier.toFixed(4)}), trained on ${challenger.games - champion.games} more games`;
  } else {
    promoted = false;
    reason = `no better ${where}: Brier ${b.brier.toFixed(4)} against the champion's ${a.brier.toFixed(4)}`;
  }
  return {
    promoted,
    reason,
    seasons: shared,
    champion: { ...a, version: champion.version, games: champion.games },
    challenger: { ...b, version: challenger.version, games: challenger.games },
  };
}
