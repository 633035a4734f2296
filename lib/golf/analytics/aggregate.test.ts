import { describe, expect, it } from 'vitest';
import { blueTee } from '@/test/fixtures/golf/tees';
import type { HoleScore } from '../hole-score';
import { summarizeRound } from '../summary';
import { courseStats, golferStats, newestFirst, type RoundFact } from './aggregate';

// Blue tee: par 72, par 3s on holes 3, 7, 11, 16; par 5s on 4, 9, 13, 18.
const par = blueTee.par;
let n = 0;
function round(strokes: number[], extra: Partial<RoundFact> = {}, putts = 2): RoundFact {
  n++;
  const holes: HoleScore[] = strokes.map((s, i) => ({
    hole: i + 1,
    strokes: s,
    putts: Math.min(putts, s - 1),
    fairway: par[i] === 3 ? 'n/a' : i % 2 ? 'hit' : 'left',
  }));
  return {
    round_id: `r${n}`,
    date: `2026-02-${String(n).padStart(2, '0')}`,
    course_id: 1,
    tee_id: 1,
    card_holes: 18,
    finished_position: n,
    summary: summarizeRound({ tee: blueTee, holes }),
    ...extra,
  };
}
const over = (k: number) => par.map((p, i) => p + (i < k ? 1 : 0));

describe('golfer analytics from finished rounds', () => {
  it('averages complete 18-hole rounds only, and finds the best', () => {
    const rounds = [round(over(10)), round(over(16)), round(over(4)), round(over(18).slice(0, 9), { card_holes: 18 })];
    const s = golferStats(rounds);
    expect(s).toMatchObject({
      rounds: 4,
      complete_rounds: 3,
      scoring_average: 82,
      best_gross: 76,
      best_round_id: rounds[2]?.round_id,
    });
  });

  it('averages strokes by par type and counts the scoring distribution over every hole', () => {
    const s = golferStats([round(par.map((p, i) => (i === 0 ? p - 1 : i === 1 ? p + 3 : p)))]);
    expect(s.distribution).toEqual({ eagle_or_better: 0, birdie: 1, par: 16, bogey: 0, double: 0, triple_plus: 1 });
    expect(s.average_by_par).toEqual({ par3: 3, par4: 4.2, par5: 5 });
  });

  it('trends cover the 20 most recent rounds', () => {
    const rounds = Array.from({ length: 25 }, (_, i) => round(over(i % 5), {}, i < 5 ? 3 : 2));
    const s = golferStats(rounds);
    expect(s.recent.rounds).toBe(20);
    expect(s.recent.putts_per_round).toBe(36); // the five 3-putt rounds are the oldest
    expect(newestFirst(rounds.map((r) => ({ date: r.date, finished_position: r.finished_position })))[0]?.date).toBe(
      rounds[24]?.date,
    );
    expect(s.recent.fairway_pct).toBeCloseTo(8 / 14, 3); // hit on the odd-numbered indexes of the 14 par 4s and 5s
  });

  it('keeps a record per course: best, average and last played', () => {
    const a = round(over(8), { course_id: 1 });
    const b = round(over(3), { course_id: 2 });
    const c = round(over(6), { course_id: 1 });
    expect(courseStats([a, b, c])).toEqual([
      {
        course_id: 1,
        rounds: 2,
        complete_rounds: 2,
        best_gross: 78,
        best_round_id: c.round_id,
        average_gross: 79,
        last_played: c.date,
      },
      {
        course_id: 2,
        rounds: 1,
        complete_rounds: 1,
        best_gross: 75,
        best_round_id: b.round_id,
        average_gross: 75,
        last_played: b.date,
      },
    ]);
  });

  it('is empty-safe', () => {
    expect(golferStats([])).toMatchObject({
      rounds: 0,
      scoring_average: null,
      best_round_id: null,
      recent: { rounds: 0, fairway_pct: null },
    });
  });
});
