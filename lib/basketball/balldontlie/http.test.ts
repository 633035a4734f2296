import { describe, expect, it } from 'vitest';
import { asApiRequest, withFlatError } from './http';
import { bdlPage } from './paging';

describe('asApiRequest', () => {
  it('turns a bare key into a Bearer credential and leaves a Bearer one as sent', () => {
    const bare = asApiRequest(new Request('http://x/a', { headers: { authorization: 'sl_abc' } }));
    expect(bare.headers.get('authorization')).toBe('Bearer sl_abc');
    const bearer = asApiRequest(new Request('http://x/a', { headers: { authorization: 'bearer sl_abc' } }));
    expect(bearer.headers.get('authorization')).toBe('bearer sl_abc');
    expect(asApiRequest(new Request('http://x/a')).headers.has('authorization')).toBe(false);
  });

  it('spells array parameters as name[]', () => {
    expect(asApiRequest(new Request('http://x/a?dates=2024-01-01&dates[1]=2024-01-02')).url).toBe(
      'http://x/a?dates%5B%5D=2024-01-01&dates%5B%5D=2024-01-02',
    );
  });
});

describe('withFlatError', () => {
  it("puts the message in `error`, where balldontlie's SDK reads it", async () => {
    const res = Response.json({ error: { code: 'not_found', message: 'No team 9.', requestId: 'r1' } }, { status: 404 });
    const flat = await withFlatError(res);
    expect(flat.status).toBe(404);
    expect(await flat.json()).toEqual({ error: 'No team 9.', code: 'not_found', requestId: 'r1' });
  });

  it('passes successes through untouched', async () => {
    const ok = Response.json({ data: [] });
    expect(await withFlatError(ok)).toBe(ok);
  });
});

describe('bdlPage', () => {
  it('gives the last id as the next cursor, and none on the last page', () => {
    expect(bdlPage([{ id: 1 }, { id: 4 }, { id: 6 }], 2, (r) => r.id).meta).toEqual({ per_page: 2, next_cursor: 4 });
    expect(bdlPage([{ id: 1 }, { id: 4 }], 2, (r) => r.id).meta).toEqual({ per_page: 2 });
  });
});
