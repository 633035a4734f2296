// A golfer's analytics from their finished rounds: pure, so the consumer can recompute a golfer from
// scratch every time (replays and restarts then cannot double count) and tests can check it on paper.
import type { RoundSummary, ScoringDistribution } from '../summary';

export interface RoundFact {
  round_id: string;
  date: string;
  course_id: number;
  tee_id: number;
  /** Holes on the card (9 or 18). */
  card_holes: number;
  finished_position: number;
  summary: RoundSummary;
}

export interface GolferRound {
  round_id: string;
  date: string;
  course_id: number;
  tee_id: number;
  holes_played: number;
  complete: boolean;
  gross: number;
  par: number;
  putts: number | null;
  fairways_hit: number;
  fairways_of: number;
  greens_hit: number;
  greens_of: number;
  penalties: number;
  finished_position: number;
}

export interface GolferStats {
  rounds: number;
  complete_rounds: number;
  /** Mean gross of complete 18-hole rounds (9-hole rounds would drag it down meaninglessly). */
  scoring_average: number | null;
  best_round_id: string | null;
  best_gross: number | null;
  average_by_par: { par3: number | null; par4: number | null; par5: number | null };
  distribution: ScoringDistribution;
  /** Over the most recent 20 rounds. */
  recent: { rounds: number; fairway_pct: number | null; green_pct: number | null; putts_per_round: number | null };
}

export interface CourseStats {
  course_id: number;
  rounds: number;
  complete_rounds: number;
  best_gross: number | null;
  best_round_id: string | null;
  average_gross: number | null;
  last_played: string;
}

export const RECENT_ROUNDS = 20;

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: readonly number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
const pct = (made: number, of: number) => (of > 0 ? Math.round((made / of) * 1000) / 1000 : null);

export function toGolferRound(f: RoundFact): GolferRound {
  const s = f.summary;
  return {
    round_id: f.round_id,
    date: f.date,
    course_id: f.course_id,
    tee_id: f.tee_id,
    holes_played: s.holes_played,
    complete: s.holes_played === f.card_holes,
    gross: s.gross,
    par: s.par,
    // Putts count for a round only when every hole played has them; a partial count would mislead.
    putts: s.putts !== null && s.holes.every((h) => h.gir !== null) ? s.putts : null,
    fairways_hit: s.fairways.made,
    fairways_of: s.fairways.of,
    greens_hit: s.greens.made,
    greens_of: s.greens.of,
    penalties: s.penalties,
    finished_position: f.finished_position,
  };
}

/** Newest first: by date, then by when the round was finished. */
export function newestFirst<T extends { date: string; finished_position: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.finished_position - a.finished_position);
}

const isFull18 = (r: GolferRound) => r.complete && r.holes_played === 18;

/** The lowest gross of the rounds that qualify; ties go to the one finished first. */
function best(rounds: readonly GolferRound[], qualifies: (r: GolferRound) => boolean): GolferRound | null {
  let out: GolferRound | null = null;
  for (const r of rounds) {
    if (!qualifies(r)) continue;
    if (!out || r.gross < out.gross || (r.gross === out.gross && r.finished_position < out.finished_position)) out = r;
  }
  return out;
}

export function golferStats(facts: readonly RoundFact[]): GolferStats {
  const rounds = facts.map(toGolferRound);
  const full = rounds.filter(isFull18);
  const top = best(rounds, isFull18);
  const byPar = (par: number) => {
    const strokes = facts.flatMap((f) => f.summary.holes.filter((h) => h.par === par).map((h) => h.strokes));
    return mean(strokes);
  };
  const distribution: ScoringDistribution = { eagle_or_better: 0, birdie: 0, par: 0, bogey: 0, double: 0, triple_plus: 0 };
  for (const f of facts)
    for (const k of Object.keys(distribution) as (keyof ScoringDistribution)[]) distribution[k] += f.summary.distribution[k];
  const recent = newestFirst(rounds).slice(0, RECENT_ROUNDS);
  const sum = (key: 'fairways_hit' | 'fairways_of' | 'greens_hit' | 'greens_of') => recent.reduce((a, r) => a + r[key], 0);
  const putts = recent.filter((r) => isFull18(r) && r.putts !== null).map((r) => r.putts as number);
  return {
    rounds: rounds.length,
    complete_rounds: rounds.filter((r) => r.complete).length,
    scoring_average: mean(full.map((r) => r.gross)),
    best_round_id: top?.round_id ?? null,
    best_gross: top?.gross ?? null,
    average_by_par: { par3: byPar(3), par4: byPar(4), par5: byPar(5) },
    distribution,
    recent: {
      rounds: recent.length,
      fairway_pct: pct(sum('fairways_hit'), sum('fairways_of')),
      green_pct: pct(sum('greens_hit'), sum('greens_of')),
      putts_per_round: mean(putts),
    },
  };
}

export function courseStats(facts: readonly RoundFact[]): CourseStats[] {
  const rounds = facts.map(toGolferRound);
  const ids = [...new Set(rounds.map((r) => r.course_id))].sort((a, b) => a - b);
  return ids.map((course_id) => {
    const here = rounds.filter((r) => r.course_id === course_id);
    const full = here.filter((r) => r.complete);
    // Every complete round of one course is over the same card (9 or 18 holes), so all compare.
    const top = best(here, (r) => r.complete);
    return {
      course_id,
      rounds: here.length,
      complete_rounds: full.length,
      best_gross: top?.gross ?? null,
      best_round_id: top?.round_id ?? null,
      average_gross: mean(full.map((r) => r.gross)),
      last_played: here
        .map((r) => r.date)
        .sort()
        .at(-1) as string,
    };
  });
}
