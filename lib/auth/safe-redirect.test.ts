import { describe, expect, it } from 'vitest';
import { sameOriginPath } from './safe-redirect';

describe('sameOriginPath', () => {
  it('keeps paths on this site', () => {
    expect(sameOriginPath('/basketball/leaders?season=2024#top')).toBe('/basketball/leaders?season=2024#top');
    expect(sameOriginPath('/account')).toBe('/account');
    expect(sameOriginPath('http://statline.invalid/golf')).toBe('/golf');
  });

  it('sends every way off the site home instead', () => {
    for (const hostile of [
      '/\\evil.example/x',
      '/\t/evil.example/x',
      '/\n/evil.example/x',
      '//evil.example/x',
      '\\\\evil.example',
      'https://evil.example/x',
      'javascript:alert(1)',
      ' //evil.example',
      '/\\/evil.example',
    ]) {
      expect(sameOriginPath(hostile), JSON.stringify(hostile)).toBe('/account');
    }
    expect(sameOriginPath(null)).toBe('/account');
    expect(sameOriginPath('')).toBe('/account');
  });

  it('compares with the given origin', () => {
    expect(sameOriginPath('https://stats.example.org/x', 'https://stats.example.org')).toBe('/x');
    expect(sameOriginPath('https://stats.example.org.evil.example/x', 'https://stats.example.org')).toBe('/account');
  });
});
