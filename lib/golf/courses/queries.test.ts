import { describe, expect, it } from 'vitest';
import { containsPattern } from './queries';

describe('containsPattern', () => {
  it('matches the text anywhere, with LIKE wildcards typed by the golfer taken literally', () => {
    expect(containsPattern('pebble')).toBe('%pebble%');
    expect(containsPattern('100%_par\\')).toBe('%100\\%\\_par\\\\%');
  });
});
