import { describe, expect, it } from 'vitest';
import { foldRoundEvent, liveLeaderboard, rankLeaderboard } from './leaderboard';

const par = [4, 4, 3, 5];
const player = (position: number, strokes: [number, number][]) => ({
  position,
  name: `P${position}`,
  user_id: null,
  strokes: new Map(strokes),
});

describe('group leaderboard', () => {
  it('ranks by score to par over the holes played, sharing places when level', () => {
    const lines = rankLeaderboard(
      [
        player(1, [
          [1, 5],
          [2, 4],
        ]),
        player(2, [[1, 3]]),
        player(3, []),
        player(4, [
          [1, 4],
          [2, 5],
          [3, 3],
        ]),
      ],
      par,
    );
    expect(lines.map((l) => [l.position, l.place, l.tied, l.to_par, l.thru])).toEqual([
      [2, 1, false, -1, 1],
      [4, 2, true, 1, 3], // level with P1, more holes played first
      [1, 2, true, 1, 2],
      [3, null, false, 0, 0],
    ]);
  });

  it('folds a round’s log into the same ranking', () => {
    let state = foldRoundEvent(null, {
      type: 'round_started',
      data: {
        par,
        players: [
          { position: 1, user_id: null, name: 'A', gender: 'men', handicap_index: null, course_handicap: null },
          { position: 2, user_id: null, name: 'B', gender: 'men', handicap_index: null, course_handicap: null },
        ],
      },
    });
    state = foldRoundEvent(state, { type: 'hole_scored', data: { position: 2, hole: 1, strokes: 6 } });
    state = foldRoundEvent(state, { type: 'hole_scored', data: { position: 1, hole: 1, strokes: 4 } });
    state = foldRoundEvent(state, { type: 'hole_scored', data: { position: 2, hole: 1, strokes: 3 } }); // corrected
    expect(liveLeaderboard(state).map((l) => [l.name, l.to_par])).toEqual([
      ['B', -1],
      ['A', 0],
    ]);
    expect(liveLeaderboard(null)).toEqual([]);
  });
});
