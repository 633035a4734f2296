import { describe, expect, it } from 'vitest';
import { corsHeaders } from './cors';

describe('corsHeaders', () => {
  it('allows a listed origin and echoes it with Vary', () => {
    const h = corsHeaders('https://app.example', ['https://app.example']);
    expect(h?.['Access-Control-Allow-Origin']).toBe('https://app.example');
    expect(h?.Vary).toBe('Origin');
    expect(h?.['Access-Control-Allow-Headers']).toContain('Authorization');
  });
  it('refuses an unlisted origin and requests without one, still varying on Origin', () => {
    expect(corsHeaders('https://evil.example', ['https://app.example'])).toEqual({ Vary: 'Origin' });
    expect(corsHeaders(null, ['*'])).toEqual({});
    expect(corsHeaders('https://app.example', [])).toEqual({ Vary: 'Origin' });
  });
  it('allows any origin with *', () => {
    expect(corsHeaders('https://x.example', ['*'])?.['Access-Control-Allow-Origin']).toBe('*');
  });
});
