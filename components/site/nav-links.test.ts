import { describe, expect, it } from 'vitest';
import { currentHref, navLinks, sectionLinks } from './nav-links';

describe('currentHref', () => {
  it('picks the most specific section for a path', () => {
    expect(currentHref('/basketball/live/12', navLinks)).toBe('/basketball/live');
    expect(currentHref('/basketball/teams/3', navLinks)).toBe('/basketball');
    expect(currentHref('/golf/rounds/abc', sectionLinks.golf)).toBe('/golf/rounds');
    expect(currentHref('/golfers', navLinks)).toBeUndefined();
  });
});
