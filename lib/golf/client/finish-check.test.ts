import { describe, expect, it } from 'vitest';
import type { CardCell, PlayerCells } from './card';
import { finishQuestion, holeList, unscoredHoles } from './finish-check';

const scored: CardCell = { strokes: 4, putts: null, fairway: null, penalties: null, sand: null, pending: false };
const card = (...holes: number[]): PlayerCells => new Map(holes.map((h) => [h, scored]));
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('finish check', () => {
  const players = [
    { position: 1, name: 'You' },
    { position: 2, name: 'Sam' },
    { position: 3, name: 'Ana' },
  ];

  it("looks at every player's card, not only the one on screen", () => {
    // The golfer's own card is complete; Sam stopped after 16 and Ana has not started.
    const cells = new Map([
      [1, card(...upTo(18))],
      [2, card(...upTo(16))],
    ]);
    const unscored = unscoredHoles(18, players, cells);
    expect(unscored).toEqual([
      { name: 'Sam', holes: [17, 18] },
      { name: 'Ana', holes: upTo(18) },
    ]);
    expect(finishQuestion(unscored, true)).toBe('Holes with no score — Sam: 17, 18; Ana: 1–18. Finish anyway?');
  });

  it('asks nothing when every card is complete', () => {
    const cells = new Map(players.map((p) => [p.position, card(...upTo(9))]));
    expect(unscoredHoles(9, players, cells)).toEqual([]);
    expect(finishQuestion([], true)).toBeNull();
  });

  it("keeps a lone golfer's question short", () => {
    expect(
      finishQuestion(unscoredHoles(18, [players[0] ?? { position: 1, name: 'You' }], new Map([[1, card(...upTo(17))]])), false),
    ).toBe('1 hole has no score (18). Finish anyway?');
    expect(finishQuestion([{ name: 'You', holes: [3, 4] }], false)).toBe('2 holes have no score (3, 4). Finish anyway?');
  });

  it('reads runs of three or more holes as a range', () => {
    expect(holeList([1, 2, 3, 4, 7, 9, 10])).toBe('1–4, 7, 9, 10');
    expect(holeList([])).toBe('');
  });
});
