import { describe, expect, it } from 'vitest';
import { flowPoints, mergePlays, type PlayJson, shotsOf } from './plays';

const play = (seq: number, home: number, visitor: number, extra: Partial<PlayJson> = {}): PlayJson => ({
  seq,
  type: 'field_goal',
  period: 1,
  data: {},
  voided: false,
  corrected_by: null,
  clock: null,
  score: { home, visitor },
  description: `play ${seq}`,
  ...extra,
});

describe('mergePlays', () => {
  it('replaces what follows the seq it asked after', () => {
    const merged = mergePlays([play(1, 0, 0), play(2, 2, 0)], [play(2, 0, 0, { voided: true }), play(4, 0, 3)], 1);
    expect(merged.map((p) => [p.seq, p.voided])).toEqual([
      [1, false],
      [2, true],
      [4, false],
    ]);
  });
});

describe('flowPoints', () => {
  it('starts level and steps at each scoring play that stands', () => {
    const points = flowPoints([play(1, 0, 0), play(2, 2, 0), play(3, 2, 0), play(4, 2, 3), play(5, 5, 3, { voided: true })]);
    expect(points.map((p) => [p.n, p.margin])).toEqual([
      [0, 0],
      [1, 2],
      [2, -1],
    ]);
  });
});

describe('shotsOf', () => {
  it('keeps located field goals that stand', () => {
    const shots = shotsOf([
      play(1, 3, 0, { data: { team_id: 1, player_id: 11, points: 3, made: true, x: 0.1, y: 0.2 } }),
      play(2, 3, 0, { data: { team_id: 1, player_id: 11, points: 2, made: false } }),
      play(3, 3, 0, { voided: true, data: { team_id: 1, player_id: 11, points: 2, made: false, x: 0.5, y: 0.1 } }),
      play(4, 3, 0, { type: 'free_throw', data: { team_id: 1, player_id: 11, made: true, x: 0.5, y: 0.3 } }),
    ]);
    expect(shots).toEqual([{ seq: 1, teamId: 1, playerId: 11, points: 3, made: true, x: 0.1, y: 0.2, description: 'play 1' }]);
  });
});
