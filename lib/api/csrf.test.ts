import { describe, expect, it } from 'vitest';
import { crossSiteReason } from './csrf';

const req = (headers: Record<string, string>, method = 'POST', url = 'http://localhost:3000/api/v1/basketball/teams') =>
  new Request(url, { method, headers });

describe('crossSiteReason', () => {
  it('lets same-origin writes and every read through', () => {
    expect(crossSiteReason(req({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(crossSiteReason(req({}))).toBeNull();
    expect(crossSiteReason(req({ origin: 'http://evil.example' }, 'GET'))).toBeNull();
    expect(crossSiteReason(req({ origin: 'https://stats.example.org' }), 'https://stats.example.org')).toBeNull();
  });

  it('refuses another port of the same host, another site, and what the browser calls cross-site', () => {
    expect(crossSiteReason(req({ origin: 'http://localhost:8080' }))).toMatch(/Origin/);
    expect(crossSiteReason(req({ origin: 'http://evil.example' }))).toMatch(/Origin/);
    expect(crossSiteReason(req({ 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/);
    expect(crossSiteReason(req({ 'sec-fetch-site': 'cross-site' }, 'DELETE'))).toMatch(/cross-site/);
    expect(crossSiteReason(req({ origin: 'null' }))).toMatch(/Origin/);
  });
});
