import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@/lib/basketball/live/events';
import type { SendResult } from '@/lib/offline/classify';
import { readQueue } from '@/lib/offline/queue';
import { OutboxSender, type SyncSnapshot } from '@/lib/offline/sender';
import { type PlayWrite, playRules, type QueuedEvent, requestBody, withData } from './outbox';

const ft = { type: 'free_throw', data: { team_id: 1, player_id: 11, made: true } } as const;
const undo = (seq: number) => ({ type: 'undo', data: { seq } }) as const;
const q = (id: string, payload: PlayWrite = { event: ft }): QueuedEvent => ({ id, payload, queuedAt: 0, attempts: 0 });

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

/** The game's outbox against a server that stores each new play once, or refuses the ids in `refuse`. */
function game(refuse: Record<string, SendResult> = {}) {
  const bodies: Record<string, unknown>[] = [];
  const stored: string[] = [];
  let snapshot: SyncSnapshot<PlayWrite> | null = null;
  const sender = new OutboxSender<PlayWrite>({
    ...playRules,
    key: 'k',
    storage: memoryStorage(),
    send: async (item) => {
      const body = requestBody(item);
      bodies.push(body);
      const refused = refuse[item.id];
      if (refused) return refused;
      stored.push(item.id);
      return { status: 201, body: { data: { ...body, seq: stored.length } }, retryAfterSeconds: null };
    },
    isOnline: () => true,
    onChange: (s) => {
      snapshot = s;
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { sender, bodies, stored, settle, errors: () => snapshot?.errors.map((e) => [e.id, e.message]) };
}

describe('the stored queue of plays', () => {
  it('skips a play of a type the game does not know', () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify([q('a'), q('b', { event: { type: 'dunk', data: {} } as unknown as LiveEvent })]));
    expect(readQueue(storage, 'k', playRules.isPayload, playRules.upgrade).map((i) => i.id)).toEqual(['a']);
  });

  it('reads plays queued before the outbox was shared, undo links included', () => {
    const storage = memoryStorage();
    const legacy = [
      { id: 'a', event: ft, held: true, queuedAt: 5, attempts: 1 },
      { id: 'u', event: undo(0), undoOf: 'a', queuedAt: 6, attempts: 0 },
    ];
    storage.setItem('k', JSON.stringify(legacy));
    expect(readQueue(storage, 'k', playRules.isPayload, playRules.upgrade)).toEqual([
      { id: 'a', payload: { event: ft }, held: true, queuedAt: 5, attempts: 1 },
      { id: 'u', payload: { event: undo(0), undoOf: 'a' }, queuedAt: 6, attempts: 0 },
    ]);
  });
});

describe('a play on its way', () => {
  it('is flattened beside its id, never with an expected seq', () => {
    expect(requestBody(q('a'))).toEqual({ id: 'a', type: 'free_throw', team_id: 1, player_id: 11, made: true });
  });

  it('gets what the second tap adds to a held play', () => {
    const shot = { type: 'field_goal', data: { team_id: 1, player_id: 11, points: 3, made: true } } as const;
    expect(withData({ assist_player_id: 12 })({ event: shot }).event.data).toEqual({ ...shot.data, assist_player_id: 12 });
    expect(withData()({ event: shot })).toEqual({ event: shot });
  });
});

describe('undo of a queued play', () => {
  it('waits for the seq its play was stored as', async () => {
    const g = game();
    g.sender.add({ id: 'x', payload: { event: ft } });
    g.sender.add({ id: 'a', payload: { event: ft }, held: true });
    g.sender.add({ id: 'u', payload: { event: undo(0), undoOf: 'a' } });
    g.sender.release('a');
    await g.settle();
    expect(g.bodies.map((b) => [b.id, b.type, b.seq])).toEqual([
      ['x', 'free_throw', undefined],
      ['a', 'free_throw', undefined],
      ['u', 'undo', 2],
    ]);
  });

  it('leaves with its play when the server refuses that play, in the scorer’s words', async () => {
    const g = game({
      a: {
        status: 422,
        body: { error: { code: 'rule_violation', message: 'player 11 is not on the court' } },
        retryAfterSeconds: null,
      },
      b: { status: 404, body: null, retryAfterSeconds: null },
    });
    g.sender.add({ id: 'a', payload: { event: ft } });
    g.sender.add({ id: 'u', payload: { event: undo(0), undoOf: 'a' } });
    g.sender.add({ id: 'b', payload: { event: ft } });
    g.sender.add({ id: 'ok', payload: { event: ft } });
    await g.settle();
    expect(g.stored).toEqual(['ok']);
    expect(g.errors()).toEqual([
      ['a', 'player 11 is not on the court'],
      ['u', 'Undo dropped: the play it undid was refused.'],
      ['b', 'The server refused the play (HTTP 404).'],
    ]);
  });

  it('is dropped, not sent, when its play left the queue unstored', async () => {
    const g = game();
    g.sender.add({ id: 'u', payload: { event: undo(0), undoOf: 'gone' } });
    g.sender.add({ id: 'b', payload: { event: ft } });
    await g.settle();
    expect(g.bodies.map((b) => b.id)).toEqual(['b']);
    expect(g.errors()).toEqual([['u', 'Undo dropped: its play was never stored.']]);
  });
});
