import { describe, expect, it } from 'vitest';
import { eventDataSchemas, liveEventBody, liveEventData, liveEventTypes, splitBody } from './events';

const uuid = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

const valid: Record<(typeof liveEventTypes)[number], object> = {
  period_start: { period: 1 },
  period_end: { period: 5 },
  game_end: {},
  field_goal: { team_id: 1, player_id: 2, points: 3, made: true, x: 0, y: 1, assist_player_id: 4 },
  free_throw: { team_id: 1, player_id: 2, made: false },
  rebound: { team_id: 1, player_id: null, offensive: true },
  turnover: { team_id: 1, player_id: 2, steal_player_id: 9 },
  foul: { team_id: 1, player_id: null, kind: 'technical' },
  substitution: { team_id: 1, player_in_id: 6, player_out_id: 2 },
  starters: { team_id: 1, player_ids: [1, 2, 3, 4, 5] },
  timeout: { team_id: 1 },
  jump_ball: { winner_team_id: 2 },
  clock_started: {},
  clock_stopped: { remaining_ms: 300_000 },
  clock_set: { period: 2, remaining_ms: 0 },
  undo: { seq: 7 },
  play_corrected: { seq: 7, replacement: { type: 'free_throw', team_id: 1, player_id: 2, made: true } },
};

describe('liveEventData', () => {
  it.each(liveEventTypes)('accepts a %s', (type) => {
    expect(liveEventData.parse({ type, ...valid[type] })).toEqual({ type, ...valid[type] });
  });

  it.each(liveEventTypes)('rejects unknown keys on a %s', (type) => {
    expect(liveEventData.safeParse({ type, ...valid[type], extra: 1 }).success).toBe(false);
  });

  it.each([
    ['an unknown type', { type: 'dunk' }],
    ['a 1-point field goal', { ...valid.field_goal, type: 'field_goal', points: 1 }],
    ['a shot off the court', { ...valid.field_goal, type: 'field_goal', x: 1.2 }],
    ['a zero team id', { ...valid.timeout, type: 'timeout', team_id: 0 }],
    ['a fractional player id', { ...valid.free_throw, type: 'free_throw', player_id: 2.5 }],
    ['a missing rebound player', { type: 'rebound', team_id: 1, offensive: false }],
    ['four starters', { type: 'starters', team_id: 1, player_ids: [1, 2, 3, 4] }],
    ['a starter twice', { type: 'starters', team_id: 1, player_ids: [1, 2, 3, 4, 4] }],
    ['an unknown foul kind', { ...valid.foul, type: 'foul', kind: 'loose_ball' }],
    ['an undo of seq 0', { type: 'undo', seq: 0 }],
    ['the period as a string', { type: 'period_start', period: '1' }],
  ])('rejects %s', (_, value) => {
    expect(liveEventData.safeParse(value).success).toBe(false);
  });

  it('has a data schema for every type in the union', () => {
    expect(Object.keys(eventDataSchemas).sort()).toEqual([...liveEventTypes].sort());
  });
});

describe('liveEventBody and splitBody', () => {
  it('splits a body into id, expected seq, type and data', () => {
    const body = liveEventBody.parse({ id: uuid, expectedSeq: 0, type: 'field_goal', ...valid.field_goal });
    expect(splitBody(body)).toEqual({ id: uuid, expectedSeq: 0, type: 'field_goal', data: valid.field_goal });
    const data = splitBody(liveEventBody.parse({ id: uuid, type: 'game_end' }));
    expect(data).toEqual({ id: uuid, expectedSeq: undefined, type: 'game_end', data: {} });
  });

  it('needs a uuid and a non-negative whole expected seq', () => {
    expect(liveEventBody.safeParse({ type: 'game_end' }).success).toBe(false);
    expect(liveEventBody.safeParse({ id: 'abc', type: 'game_end' }).success).toBe(false);
    expect(liveEventBody.safeParse({ id: uuid, expectedSeq: -1, type: 'game_end' }).success).toBe(false);
    expect(liveEventBody.safeParse({ id: uuid, expectedSeq: 1.5, type: 'game_end' }).success).toBe(false);
    expect(liveEventBody.safeParse({ id: uuid, type: 'game_end', seq: 3 }).success).toBe(false);
  });
});
