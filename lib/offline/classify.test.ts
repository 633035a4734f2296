import { describe, expect, it } from 'vitest';
import { classify, retryDelay } from './classify';

const answer = (status: number, body: unknown = null, retryAfterSeconds: number | null = null) => ({
  status,
  body,
  retryAfterSeconds,
});

describe('classify', () => {
  it('stores on 2xx, including a duplicate of a retried id, when the body is the expected answer', () => {
    const hasSeq = (b: unknown) => typeof (b as { data?: { seq?: unknown } })?.data?.seq === 'number';
    expect(classify(answer(201, { data: { seq: 4 } }), hasSeq)).toEqual({ kind: 'stored' });
    expect(classify(answer(200, { data: { seq: 4 }, meta: { duplicate: true } }), hasSeq)).toEqual({ kind: 'stored' });
    expect(classify(answer(200, { data: {} }), hasSeq)).toEqual({ kind: 'retry' });
    expect(classify(answer(204))).toEqual({ kind: 'stored' });
  });

  it('drops what can never pass, with the server message', () => {
    const rule = { error: { code: 'validation_failed', message: 'hole 3: putts and penalties exceed the 2 strokes' } };
    expect(classify(answer(422, rule))).toEqual({
      kind: 'rejected',
      message: 'hole 3: putts and penalties exceed the 2 strokes',
    });
    const shape = {
      error: { code: 'validation_failed', message: 'The request body is invalid.', details: [{ path: 'x', message: 'Too big' }] },
    };
    expect(classify(answer(400, shape))).toEqual({ kind: 'rejected', message: 'The request body is invalid. (x: Too big)' });
    expect(classify(answer(403, { error: { code: 'forbidden', message: 'not yours' } })).kind).toBe('rejected');
    expect(classify(answer(404))).toEqual({ kind: 'rejected', message: 'The server refused the write (HTTP 404).' });
    expect(classify(answer(404), undefined, (s) => `No (${s}).`)).toEqual({ kind: 'rejected', message: 'No (404).' });
  });

  it('retries what may pass later, honouring Retry-After, and keeps the queue when signed out', () => {
    expect(classify(answer(503))).toEqual({ kind: 'retry' });
    expect(classify(answer(408))).toEqual({ kind: 'retry' });
    expect(classify(answer(429, null, 7))).toEqual({ kind: 'retry', delayMs: 7000 });
    expect(classify(answer(401))).toEqual({ kind: 'signed_out' });
  });
});

describe('retryDelay', () => {
  it('doubles from one second up to thirty, spread by jitter', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(retryDelay(1, 0)).toBe(750);
    expect(retryDelay(1, 1)).toBe(1250);
  });
});
