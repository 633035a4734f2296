import { describe, expect, it } from 'vitest';
import {
  cancel,
  classify,
  enqueue,
  head,
  markAttempt,
  type QueuedEvent,
  readOutbox,
  release,
  requestBody,
  retryDelay,
  settleRejected,
  settleStored,
  writeOutbox,
} from './outbox';

const q = (id: string, extra: Partial<QueuedEvent> = {}): QueuedEvent => ({
  id,
  event: { type: 'free_throw', data: { team_id: 1, player_id: 11, made: true } },
  queuedAt: 0,
  attempts: 0,
  ...extra,
});

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

describe('outbox storage', () => {
  it('round-trips the queue and removes the key when it empties', () => {
    const storage = memoryStorage();
    writeOutbox(storage, 'k', [q('a'), q('b')]);
    expect(readOutbox(storage, 'k').map((i) => i.id)).toEqual(['a', 'b']);
    writeOutbox(storage, 'k', []);
    expect(storage.map.has('k')).toBe(false);
  });

  it('skips what it cannot read instead of blocking the scorer', () => {
    const storage = memoryStorage();
    storage.setItem('k', 'not json');
    expect(readOutbox(storage, 'k')).toEqual([]);
    storage.setItem('k', JSON.stringify([q('a'), { id: 'b' }, { ...q('c'), event: { type: 'dunk', data: {} } }]));
    expect(readOutbox(storage, 'k').map((i) => i.id)).toEqual(['a']);
  });
});

describe('queue order', () => {
  it('sends from the head, and a held play holds everything behind it', () => {
    const items = enqueue(enqueue([], q('a', { held: true })), q('b'));
    expect(head(items)).toBeNull();
    const released = release(items, 'a', { assist_player_id: 12 });
    expect(head(released)?.id).toBe('a');
    expect(released[0]?.event.data).toEqual({ team_id: 1, player_id: 11, made: true, assist_player_id: 12 });
    expect(head([])).toBeNull();
  });

  it('counts attempts', () => {
    expect(markAttempt([q('a'), q('b')], 'b').map((i) => i.attempts)).toEqual([0, 1]);
  });

  it('flattens the body beside its id and never sends an expected seq', () => {
    expect(requestBody(q('a'))).toEqual({ id: 'a', type: 'free_throw', team_id: 1, player_id: 11, made: true });
  });
});

describe('settling', () => {
  it('a stored play leaves the queue and an undo waiting for it gets its seq', () => {
    const items = [q('a', { attempts: 1 }), q('u', { undoOf: 'a', event: { type: 'undo', data: { seq: 1 } } }), q('b')];
    const after = settleStored(items, 'a', 17);
    expect(after.map((i) => i.id)).toEqual(['u', 'b']);
    expect(after[0]).toEqual({ id: 'u', event: { type: 'undo', data: { seq: 17 } }, queuedAt: 0, attempts: 0 });
  });

  it('a refused play leaves the queue with any undo of it', () => {
    const items = [q('a'), q('u', { undoOf: 'a', event: { type: 'undo', data: { seq: 1 } } }), q('b')];
    const { items: after, dropped } = settleRejected(items, 'a');
    expect(after.map((i) => i.id)).toEqual(['b']);
    expect(dropped.map((i) => i.id)).toEqual(['u']);
  });

  it('cancelling a play cancels an undo of it too', () => {
    expect(cancel([q('a'), q('u', { undoOf: 'a' }), q('b')], 'a').map((i) => i.id)).toEqual(['b']);
  });
});

describe('classify', () => {
  it('stores on 2xx, including a duplicate of a retried id', () => {
    expect(classify(201, { data: { seq: 4 } })).toEqual({ kind: 'stored', seq: 4 });
    expect(classify(200, { data: { seq: 4 }, meta: { duplicate: true } })).toEqual({ kind: 'stored', seq: 4 });
  });

  it('drops what can never pass, with the server message', () => {
    const rule = { error: { code: 'rule_violation', message: 'player 11 is not on the court' } };
    expect(classify(422, rule)).toEqual({ kind: 'rejected', message: 'player 11 is not on the court' });
    const shape = {
      error: { code: 'validation_failed', message: 'The request body is invalid.', details: [{ path: 'x', message: 'Too big' }] },
    };
    expect(classify(400, shape)).toEqual({ kind: 'rejected', message: 'The request body is invalid. (x: Too big)' });
    expect(classify(409, { error: { code: 'event_id_conflict', message: 'id reused' } }).kind).toBe('rejected');
    expect(classify(404, null)).toEqual({ kind: 'rejected', message: 'The server refused the play (HTTP 404).' });
  });

  it('retries what may pass later, honouring Retry-After', () => {
    expect(classify(503, null)).toEqual({ kind: 'retry' });
    expect(classify(429, null, 7)).toEqual({ kind: 'retry', delayMs: 7000 });
    expect(classify(201, { data: {} })).toEqual({ kind: 'retry' });
  });

  it('keeps the queue when the session is gone', () => {
    expect(classify(401, null)).toEqual({ kind: 'signed_out' });
  });
});

describe('retryDelay', () => {
  it('doubles from one second up to thirty, spread by jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(retryDelay(1, 0)).toBe(750);
    expect(retryDelay(1, 1)).toBe(1250);
  });
});
