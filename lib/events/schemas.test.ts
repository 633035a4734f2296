import { describe, expect, it } from 'vitest';
import { eventType, newEvent, streamName } from './schemas';

const uuid = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

describe('streamName', () => {
  it.each(['basketball-game:42', 'golf-round:7', 'x:1', 'a1-b2:Abc_D-9', `k:${'a'.repeat(198)}`])('accepts %j', (name) => {
    expect(streamName.safeParse(name).success).toBe(true);
  });

  it.each([
    '',
    'basketball-game',
    ':42',
    'basketball-game:',
    'Basketball-game:42',
    '1game:42',
    '-game:42',
    'basketball_game:42',
    'basketball game:42',
    'basketball-game:4 2',
    'basketball-game:42:1',
    'basketball-game:4.2',
    `k:${'a'.repeat(199)}`,
  ])('rejects %j', (name) => {
    expect(streamName.safeParse(name).success).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(streamName.safeParse(42).success).toBe(false);
  });
});

describe('eventType', () => {
  it.each(['shot.made', 'a', 'game_started', 'period-ended', 'x1.y_2-z', 'a'.repeat(100)])('accepts %j', (type) => {
    expect(eventType.safeParse(type).success).toBe(true);
  });

  it.each(['', 'Shot.made', 'shot.Made', '1shot', '.shot', '_shot', 'shot made', 'shot:made', 'shot/made', 'a'.repeat(101)])(
    'rejects %j',
    (type) => {
      expect(eventType.safeParse(type).success).toBe(false);
    },
  );
});

describe('newEvent', () => {
  it('accepts the minimal event and drops unknown keys', () => {
    expect(newEvent.parse({ type: 'shot.made', data: { pts: 2 }, stream: 'basketball-game:1', seq: 3 })).toEqual({
      type: 'shot.made',
      data: { pts: 2 },
    });
  });

  it('accepts every optional field', () => {
    const full = { id: uuid, type: 'shot.made', data: [1], actorId: uuid, requestId: 'req-1' };
    expect(newEvent.parse(full)).toEqual(full);
    expect(newEvent.parse({ type: 'a', data: 1, actorId: null, requestId: null })).toMatchObject({
      actorId: null,
      requestId: null,
    });
  });

  it.each([null, 0, false, '', [], {}])('accepts falsy or empty data %j', (data) => {
    expect(newEvent.parse({ type: 'a', data }).data).toEqual(data);
  });

  it.each([
    ['data', { type: 'shot.made' }],
    ['data', { type: 'shot.made', data: undefined }],
    ['type', { data: 1 }],
    ['type', { type: 'Shot', data: 1 }],
    ['id', { id: 'not-a-uuid', type: 'a', data: 1 }],
    ['id', { id: null, type: 'a', data: 1 }],
    ['actorId', { actorId: 'user-1', type: 'a', data: 1 }],
    ['requestId', { requestId: 'r'.repeat(201), type: 'a', data: 1 }],
    ['requestId', { requestId: 42, type: 'a', data: 1 }],
  ])('rejects a bad %s', (field, input) => {
    const result = newEvent.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });

  it('accepts a 200-character requestId', () => {
    expect(newEvent.safeParse({ type: 'a', data: 1, requestId: 'r'.repeat(200) }).success).toBe(true);
  });
});
