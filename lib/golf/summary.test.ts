import { describe, expect, it } from 'vitest';
import { blueTee } from '@/test/fixtures/golf/tees';
import type { Tee } from './courses/course';
import type { HoleScore } from './hole-score';
import { summarizeRound } from './summary';

// Blue tee, par 72. Worked by hand: out 38, in 40; see the comments for the stats each hole adds.
const round: HoleScore[] = [
  { hole: 1, strokes: 5, putts: 2, fairway: 'left' }, // par 4, bogey
  { hole: 2, strokes: 4, putts: 2, fairway: 'hit' }, // GIR
  { hole: 3, strokes: 3, putts: 2, fairway: 'n/a' }, // par 3, GIR
  { hole: 4, strokes: 6, putts: 2, fairway: 'hit', penalties: 1 }, // par 5, bogey
  { hole: 5, strokes: 4, putts: 1, fairway: 'right', sand: true }, // sand save
  { hole: 6, strokes: 7, putts: 3, fairway: 'hit' }, // triple
  { hole: 7, strokes: 2, putts: 1 }, // par 3 birdie, GIR
  { hole: 8, strokes: 4, putts: 2, fairway: 'hit' }, // GIR
  { hole: 9, strokes: 3, putts: 0, fairway: 'hit' }, // par 5 albatross, GIR
  { hole: 10, strokes: 4, putts: 2, fairway: 'hit' }, // GIR
  { hole: 11, strokes: 4, putts: 2, sand: true }, // par 3 bogey, bunker not saved
  { hole: 12, strokes: 6, putts: 2, fairway: 'left' }, // double
  { hole: 13, strokes: 5, putts: 2, fairway: 'hit' }, // par 5, GIR
  { hole: 14, strokes: 5, putts: 2, fairway: 'right' }, // bogey
  { hole: 15, strokes: 4 }, // nothing but the score: out of FIR and GIR
  { hole: 16, strokes: 3, putts: 2 }, // par 3, GIR
  { hole: 17, strokes: 4, putts: 2, fairway: 'n/a' }, // par 4 with n/a: not a fairway hole
  { hole: 18, strokes: 5, putts: 2, fairway: 'hit' }, // par 5, GIR
];

describe('summarizeRound', () => {
  const s = summarizeRound({ tee: blueTee, holes: round });

  it('totals gross, to par and the nines', () => {
    expect(s).toMatchObject({ holes_played: 18, gross: 78, par: 72, to_par: 6, out: 38, in: 40, putts: 31, penalties: 1 });
    expect(s.net).toBeNull();
    expect(s.stableford).toBeNull();
  });

  it('counts fairways only on par 4s and 5s with a recorded result', () => {
    expect(s.fairways).toEqual({ made: 8, of: 12, pct: 0.667, left: 2, right: 2 });
  });

  it('counts greens in regulation (strokes − putts ≤ par − 2) only where putts were recorded', () => {
    expect(s.greens).toEqual({ made: 10, of: 17, pct: 0.588 });
  });

  it('counts sand saves as up-and-downs from greenside bunkers', () => {
    expect(s.sand_saves).toEqual({ made: 1, of: 2, pct: 0.5 });
  });

  it('averages by par and spreads the holes by score', () => {
    expect(s.scoring_average_by_par).toEqual({ par3: 3, par4: 4.7, par5: 4.75 });
    expect(s.distribution).toEqual({ eagle_or_better: 1, birdie: 1, par: 10, bogey: 4, double: 1, triple_plus: 1 });
  });

  it('nets and scores Stableford with a course handicap above 18', () => {
    // Course handicap 20: two strokes on stroke index 1 and 2 (holes 4 and 12), one elsewhere.
    const n = summarizeRound({ tee: blueTee, holes: round, playingHandicap: 20 });
    expect(n.net).toBe(58);
    expect(n.net_to_par).toBe(-14);
    expect(n.holes[3]).toMatchObject({ hole: 4, strokes_received: 2, net: 4, stableford: 3 });
    expect(n.holes[5]).toMatchObject({ hole: 6, strokes_received: 1, net: 6, stableford: 0 });
    expect(n.holes[8]).toMatchObject({ hole: 9, net: 2, stableford: 5 });
    expect(n.stableford).toBe(50);
  });

  it('gives strokes back for a plus handicap', () => {
    // +2: strokes given back on stroke index 17 and 18 (holes 7 and 16).
    const n = summarizeRound({ tee: blueTee, holes: round, playingHandicap: -2 });
    expect(n.net).toBe(80);
    expect(n.holes[6]).toMatchObject({ hole: 7, strokes_received: -1, net: 3, stableford: 2 });
  });

  it('uses the women’s stroke index for women', () => {
    const n = summarizeRound({ tee: blueTee, holes: round, playingHandicap: 1, gender: 'women' });
    expect(n.holes.filter((h) => h.strokes_received === 1).map((h) => h.hole)).toEqual([4]);
  });

  it('summarises a partial round over the holes played', () => {
    const p = summarizeRound({ tee: blueTee, holes: round.slice(9) });
    expect(p).toMatchObject({ holes_played: 9, gross: 40, par: 36, to_par: 4, out: null, in: 40 });
    expect(summarizeRound({ tee: blueTee, holes: [{ hole: 1, strokes: 4 }] }).sand_saves).toBeNull();
  });

  it('refuses holes off the card and unindexed tees for net scoring', () => {
    expect(() => summarizeRound({ tee: blueTee, holes: [{ hole: 19, strokes: 4 }] })).toThrow(
      'hole 19 is not on the 18-hole card',
    );
    expect(() => summarizeRound({ tee: blueTee, holes: [round[0], round[0]] as HoleScore[] })).toThrow(
      'hole 1 recorded more than once',
    );
    const bare: Tee = { ...blueTee, stroke_index: undefined, stroke_index_women: undefined };
    expect(() => summarizeRound({ tee: bare, holes: round, playingHandicap: 10 })).toThrow(
      expect.objectContaining({ code: 'rule_violation' }),
    );
  });
});
