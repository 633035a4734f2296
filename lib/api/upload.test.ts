import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { readUpload } from './upload';

const request = (body: string, type?: string) =>
  new Request('http://localhost/upload', { method: 'POST', body, headers: type ? { 'content-type': type } : {} });

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return { code: (err as ApiError).code, message: (err as ApiError).message };
}

describe('readUpload', () => {
  it('returns the file and the type it came as, without parameters and in lower case', async () => {
    const { file, type } = await readUpload(
      request('a,b\n1,2\n', 'Text/CSV; charset=utf-8'),
      ['text/csv', 'application/json'],
      1,
    );
    expect(type).toBe('text/csv');
    expect(file.toString('utf8')).toBe('a,b\n1,2\n');
  });

  it.each([['multipart/form-data; boundary=x'], ['application/x-www-form-urlencoded'], [undefined]])(
    'refuses a body sent as %s, naming the types it takes',
    async (type) => {
      expect(await refusal(readUpload(request('x', type), ['text/csv', 'application/json'], 1))).toEqual({
        code: 'bad_request',
        message: 'Send the file itself as the body, with Content-Type text/csv or application/json.',
      });
    },
  );

  it('refuses an empty body', async () => {
    expect(await refusal(readUpload(request('', 'text/csv'), ['text/csv'], 1))).toEqual({
      code: 'bad_request',
      message: 'The body is empty: send the file itself as the body.',
    });
  });

  it('answers 413 past the limit', async () => {
    const big = 'x'.repeat(2 ** 20 + 1);
    expect(await refusal(readUpload(request(big, 'text/csv'), ['text/csv'], 1))).toEqual({
      code: 'payload_too_large',
      message: 'The body may be at most 1 MB.',
    });
  });
});
