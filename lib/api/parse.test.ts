import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { parseOrThrow, queryObject, readJsonBody } from './parse';

describe('queryObject', () => {
  it('collects key[] into arrays and keeps plain keys as strings', () => {
    const q = queryObject(new URLSearchParams('team_ids[]=1&team_ids[]=2&season=2018&season=2019'));
    expect(q).toEqual({ team_ids: ['1', '2'], season: '2019' });
  });
});

describe('parseOrThrow', () => {
  it('returns parsed data', () => {
    expect(parseOrThrow(z.object({ n: z.coerce.number() }), { n: '3' }, 'query')).toEqual({ n: 3 });
  });
  it('lists every bad field with its location', () => {
    try {
      parseOrThrow(z.object({ a: z.string(), b: z.object({ c: z.number() }) }), { b: { c: 'x' } }, 'body');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ApiError);
      const e = err as ApiError;
      expect(e.status).toBe(400);
      expect((e.details as { path: string }[]).map((d) => d.path).sort()).toEqual(['a', 'b.c']);
    }
  });
});

describe('readJsonBody', () => {
  const req = (
    body: string | Uint8Array<ArrayBuffer>,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => new Request('http://x', { method: 'POST', body, headers });
  it('parses JSON and treats an empty body as absent', async () => {
    expect(await readJsonBody(req('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(req(''))).toBeUndefined();
  });
  it('refuses a body that is not JSON by its content type (415) or not UTF-8 (400)', async () => {
    await expect(readJsonBody(req('{"a":1}', { 'content-type': 'text/plain' }))).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    await expect(readJsonBody(req('{"a":1}', {}))).rejects.toMatchObject({ code: 'unsupported_media_type' });
    expect(await readJsonBody(req('{"a":1}', { 'content-type': 'application/merge-patch+json; charset=utf-8' }))).toEqual({
      a: 1,
    });
    await expect(readJsonBody(req(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])))).rejects.toMatchObject({
      code: 'bad_request',
    });
  });
  it('answers a body whose client went away mid-upload with bad_request, not an unhandled error', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('{"a":'));
        } else controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const aborted = new Request('http://x', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    await expect(readJsonBody(aborted)).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/ended early/),
    });
  });
  it('answers malformed JSON with bad_request and oversized bodies with 413', async () => {
    await expect(readJsonBody(req('{'))).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readJsonBody(req('x'.repeat(1_000_001)))).rejects.toMatchObject({ code: 'payload_too_large' });
  });
});
