import { describe, expect, it } from 'vitest';
import { corsHeaders } from './cors';

describe('corsHeaders', () => {
  it('allows a listed origin and echoes it with Vary', () => {
    const h = corsHeaders('https://app.example', ['https://app.example']);
    expect(h?.['Access-Control-Allow-Origin']).toBe('https://app.example');
    expect(h?.Vary).toBe('Origin');
    expect(h?.['Access-Control-Allow-Headers']).toContain('Authorization');
  });
  it('refuses an unlisted origin and requests without one', () => {
    expect(corsHeaders('https://evil.example', ['https://app.example'])).toBeNull();
    expect(corsHeaders(null, ['*'])).toBeNull();
    expect(corsHeaders('https://app.example', [])).toBeNull();
  });
  it('allows any origin with *', () => {
    expect(corsHeaders('https://x.example', ['*'])?.['Access-Control-Allow-Origin']).toBe('*');
  });
});
