import { describe, expect, it } from 'vitest';
import { type BoardState, rankBoard, strokesOnHole } from './board';
import { foldEventBoard, golfEventTypes } from './stream-events';

const par = Array(18).fill(4) as number[];
const si = Array.from({ length: 18 }, (_, i) => i + 1);

function state(cut: { after: number; top: number } | null = null): BoardState {
  return {
    event: { rounds: 2, par, strokeIndex: si, cutAfterRound: cut?.after ?? null, cutTop: cut?.top ?? null },
    entries: new Map(),
    rounds: new Map(),
  };
}

function play(s: BoardState, entryId: number, name: string, rounds: (number[] | undefined)[], handicap: number | null = null) {
  s.entries.set(entryId, { entryId, name, userId: null });
  rounds.forEach((strokes, i) => {
    if (!strokes) return;
    s.rounds.set(`r${i + 1}-${entryId}:1`, {
      entryId,
      roundNumber: i + 1,
      playingHandicap: handicap,
      strokes: new Map(strokes.map((x, h) => [h + 1, x])),
      finished: strokes.length === 18,
    });
  });
}
const card = (toPar: number) => Array.from({ length: 18 }, (_, h) => 4 + (h < Math.abs(toPar) ? Math.sign(toPar) : 0));

describe('event leaderboard', () => {
  it('places players level as ties ("T2") and the next after them (4, not 3)', () => {
    const s = state();
    play(s, 1, 'Ann', [card(-3)]);
    play(s, 2, 'Bea', [card(-1)]);
    play(s, 3, 'Cat', [card(-1)]);
    play(s, 4, 'Dee', [card(2)]);
    play(s, 5, 'Eve', []);
    const b = rankBoard(s);
    expect(b.lines.map((l) => [l.name, l.position, l.to_par])).toEqual([
      ['Ann', '1', -3],
      ['Bea', 'T2', -1],
      ['Cat', 'T2', -1],
      ['Dee', '4', 2],
      ['Eve', null, 0],
    ]);
  });

  it('compares by score to par over the holes played, with thru and today', () => {
    const s = state();
    play(s, 1, 'Ann', [card(0), [3, 3, 4]]);
    play(s, 2, 'Bea', [card(-1), [4, 4, 4, 4, 4]]);
    const [first, second] = rankBoard(s).lines;
    expect(first).toMatchObject({ name: 'Ann', to_par: -2, today: -2, thru: 3, current_round: 2, total: 82 });
    expect(second).toMatchObject({ name: 'Bea', to_par: -1, today: 0, thru: 5 });
  });

  it('spreads the playing handicap by stroke index for net, plus handicaps giving strokes back', () => {
    expect([1, 2, 3, 18].map((h) => strokesOnHole(20, h, si, 18))).toEqual([2, 2, 1, 1]);
    expect([17, 18].map((h) => strokesOnHole(-1, h, si, 18))).toEqual([0, -1]);
    expect(strokesOnHole(9, 5, null, 18)).toBe(0.5);
    const s = state();
    play(s, 1, 'Ann', [card(10)], 12);
    play(s, 2, 'Bea', [card(0)], 0);
    expect(rankBoard(s, { by: 'net' }).lines.map((l) => [l.name, l.net_to_par, l.position])).toEqual([
      ['Ann', -2, '1'],
      ['Bea', 0, '2'],
    ]);
    // Through 9 holes only the strokes on those holes count: 12 strokes fall on stroke index 1-12.
    const t = state();
    play(t, 1, 'Ann', [card(0).slice(0, 9)], 12);
    expect(rankBoard(t).lines[0]).toMatchObject({ to_par: 0, net_to_par: -9 });
  });

  it('orders a tie by countback on the last 9, 6, 3 and 1 holes, the position staying tied', () => {
    // All level at -1: Zoe's birdie on 18, Abe's on 12 and Max's on 1.
    const birdieOn = (hole: number) => par.map((p, h) => (h + 1 === hole ? p - 1 : p));
    const s = state();
    play(s, 1, 'Abe', [birdieOn(12)]);
    play(s, 2, 'Max', [birdieOn(1)]);
    play(s, 3, 'Zoe', [birdieOn(18)]);
    expect(rankBoard(s).lines.map((l) => [l.name, l.position])).toEqual([
      ['Zoe', 'T1'],
      ['Abe', 'T1'],
      ['Max', 'T1'],
    ]);
    // Net: level at net -1. Ann's back nine is all pars but her strokes on 10-12 (stroke index
    // 10-12) make it net 33 against Bea's 35: gross she would lose it to Bea's birdie on 14.
    const n = state();
    play(n, 1, 'Ann', [par.map((p, h) => p + (h < 8 ? 1 : h === 8 ? 3 : 0))], 12);
    play(n, 2, 'Bea', [birdieOn(14)], 0);
    expect(rankBoard(n, { by: 'net' }).lines.map((l) => [l.name, l.net_to_par, l.position])).toEqual([
      ['Ann', -1, 'T1'],
      ['Bea', -1, 'T1'],
    ]);
    // Unfinished rounds are not counted back: the one further through leads.
    const u = state();
    play(u, 1, 'Ann', [birdieOn(1).slice(0, 9)]);
    play(u, 2, 'Bea', [birdieOn(1).slice(0, 10)]);
    expect(rankBoard(u).lines.map((l) => l.name)).toEqual(['Bea', 'Ann']);
  });

  it('cuts after the cut round to the best N and ties, listing them after the field as CUT', () => {
    const s = state({ after: 1, top: 2 });
    play(s, 1, 'Ann', [card(-2), card(0)]);
    play(s, 2, 'Bea', [card(-1), card(1)]);
    play(s, 3, 'Cat', [card(-1), card(5)]);
    play(s, 4, 'Dee', [card(3)]);
    const b = rankBoard(s);
    expect(b.cut).toEqual({ after_round: 1, top: 2, line_to_par: -1, made: 3 });
    expect(b.lines.map((l) => [l.name, l.position, l.status])).toEqual([
      ['Ann', '1', 'active'],
      ['Bea', '2', 'active'],
      ['Cat', '3', 'active'],
      ['Dee', 'CUT', 'cut'],
    ]);
    // As of round 1 only, while it is still being played, there is no line yet.
    const early = state({ after: 1, top: 2 });
    play(early, 1, 'Ann', [card(-2)]);
    play(early, 2, 'Bea', [card(-1).slice(0, 10)]);
    expect(rankBoard(early).cut).toEqual({ after_round: 1, top: 2, line_to_par: null, made: 0 });
  });

  it('folds the live stream: entries, a group, hole scores', () => {
    const s = state();
    foldEventBoard(s, { type: golfEventTypes.entryAdded, data: { entries: [{ entry_id: 7, name: 'Pat', user_id: null }] } });
    foldEventBoard(s, {
      type: golfEventTypes.groupCreated,
      data: { round_number: 1, round_id: 'r', players: [{ entry_id: 7, position: 1, playing_handicap: null }] },
    });
    foldEventBoard(s, { type: golfEventTypes.holeScored, data: { round_id: 'r', position: 1, hole: 1, strokes: 3 } });
    foldEventBoard(s, { type: golfEventTypes.holeScored, data: { round_id: 'r', position: 1, hole: 1, strokes: 5 } });
    expect(rankBoard(s).lines[0]).toMatchObject({ name: 'Pat', position: '1', to_par: 1, thru: 1 });
  });
});
