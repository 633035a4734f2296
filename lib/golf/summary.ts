// One round's summary from a tee and the hole scores: gross, net, Stableford and the usual stats.

import { DomainError } from '@/lib/errors';
import { type Gender, strokeIndexFor, type Tee } from './courses/course';
import { checkHolesOnCard, type HoleScore } from './hole-score';
import { allocateStrokes } from './strokes';

export interface SummaryInput {
  tee: Tee;
  holes: readonly HoleScore[];
  /**
   * The strokes received: the Playing Handicap (the Course Handicap × the format's allowance, see
   * rounds/playing-handicap.ts), not the Course Handicap itself; negative for plus. Omit for gross only.
   */
  playingHandicap?: number | null;
  gender?: Gender;
}

export interface HoleLine {
  hole: number;
  par: number;
  strokes: number;
  to_par: number;
  strokes_received: number | null;
  net: number | null;
  stableford: number | null;
  gir: boolean | null;
}

export interface Rate {
  made: number;
  of: number;
  /** made / of as a fraction (0-1, three decimals); null when nothing was eligible. */
  pct: number | null;
}

export interface ScoringDistribution {
  eagle_or_better: number;
  birdie: number;
  par: number;
  bogey: number;
  double: number;
  triple_plus: number;
}

export interface RoundSummary {
  holes_played: number;
  gross: number;
  /** Par of the holes played, so a partial round's to_par is fair. */
  par: number;
  to_par: number;
  /** Holes 1-9 and 10-18 played; null when no hole of that nine was played. */
  out: number | null;
  in: number | null;
  net: number | null;
  net_to_par: number | null;
  stableford: number | null;
  putts: number | null;
  penalties: number;
  fairways: Rate & { left: number; right: number };
  greens: Rate;
  /** Null when no hole says whether the player was in a greenside bunker. */
  sand_saves: Rate | null;
  scoring_average_by_par: { par3: number | null; par4: number | null; par5: number | null };
  distribution: ScoringDistribution;
  holes: HoleLine[];
}

const rate = (made: number, of: number): Rate => ({ made, of, pct: of > 0 ? Math.round((made / of) * 1000) / 1000 : null });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function summarizeRound({ tee, holes, playingHandicap = null, gender = 'men' }: SummaryInput): RoundSummary {
  const played = checkHolesOnCard(holes, tee.par.length);
  const received = playingHandicap === null ? null : strokesFor(tee, gender, playingHandicap);

  const lines: HoleLine[] = played.map((h) => {
    const par = tee.par[h.hole - 1] as number;
    const strokesReceived = received ? (received[h.hole - 1] as number) : null;
    const net = strokesReceived === null ? null : h.strokes - strokesReceived;
    return {
      hole: h.hole,
      par,
      strokes: h.strokes,
      to_par: h.strokes - par,
      strokes_received: strokesReceived,
      net,
      // Stableford on net strokes: 2 for a net par, one more or less per stroke, never below 0.
      stableford: net === null ? null : Math.max(0, 2 + par - net),
      // Green in regulation: on the green with two strokes (or more) to spare for par.
      gir: h.putts === undefined ? null : h.strokes - h.putts <= par - 2,
    };
  });

  const gross = sum(lines.map((l) => l.strokes));
  const par = sum(lines.map((l) => l.par));
  const net = received ? sum(lines.map((l) => l.net as number)) : null;
  const nine = (from: number, to: number) => {
    const ls = lines.filter((l) => l.hole >= from && l.hole <= to);
    return ls.length ? sum(ls.map((l) => l.strokes)) : null;
  };
  const withPutts = played.filter((h) => h.putts !== undefined);

  return {
    holes_played: lines.length,
    gross,
    par,
    to_par: gross - par,
    out: nine(1, 9),
    in: nine(10, 18),
    net,
    net_to_par: net === null ? null : net - par,
    stableford: received ? sum(lines.map((l) => l.stableford as number)) : null,
    putts: withPutts.length ? sum(withPutts.map((h) => h.putts as number)) : null,
    penalties: sum(played.map((h) => h.penalties ?? 0)),
    fairways: fairwayRate(played, tee),
    greens: rate(lines.filter((l) => l.gir === true).length, lines.filter((l) => l.gir !== null).length),
    sand_saves: sandSaves(played),
    scoring_average_by_par: {
      par3: averageOnPar(lines, 3),
      par4: averageOnPar(lines, 4),
      par5: averageOnPar(lines, 5),
    },
    distribution: distribution(lines),
    holes: lines,
  };
}

function strokesFor(tee: Tee, gender: Gender, playingHandicap: number): number[] {
  const si = strokeIndexFor(tee, gender);
  if (!si)
    throw new DomainError('rule_violation', `tee "${tee.name}" has no stroke index, so handicap strokes cannot be allocated`);
  return allocateStrokes(playingHandicap, si);
}

// Fairways count only on par 4s and 5s (and 6s) where the player recorded a result other than n/a.
function fairwayRate(played: readonly HoleScore[], tee: Tee): Rate & { left: number; right: number } {
  const eligible = played.filter((h) => (tee.par[h.hole - 1] as number) >= 4 && h.fairway && h.fairway !== 'n/a');
  const count = (f: string) => eligible.filter((h) => h.fairway === f).length;
  return { ...rate(count('hit'), eligible.length), left: count('left'), right: count('right') };
}

// A sand save is an up-and-down from a greenside bunker: at most one putt after the bunker shot
// (the PGA Tour definition). Holes without putts recorded cannot tell, so they are left out.
function sandSaves(played: readonly HoleScore[]): Rate | null {
  if (!played.some((h) => h.sand !== undefined)) return null;
  const attempts = played.filter((h) => h.sand === true && h.putts !== undefined);
  return rate(attempts.filter((h) => (h.putts as number) <= 1).length, attempts.length);
}

function averageOnPar(lines: readonly HoleLine[], par: number): number | null {
  const ls = lines.filter((l) => l.par === par);
  return ls.length ? Math.round((sum(ls.map((l) => l.strokes)) / ls.length) * 100) / 100 : null;
}

function distribution(lines: readonly HoleLine[]): ScoringDistribution {
  const d: ScoringDistribution = { eagle_or_better: 0, birdie: 0, par: 0, bogey: 0, double: 0, triple_plus: 0 };
  for (const { to_par } of lines) {
    if (to_par <= -2) d.eagle_or_better++;
    else if (to_par === -1) d.birdie++;
    else if (to_par === 0) d.par++;
    else if (to_par === 1) d.bogey++;
    else if (to_par === 2) d.double++;
    else d.triple_plus++;
  }
  return d;
}
