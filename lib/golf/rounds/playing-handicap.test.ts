import { describe, expect, it } from 'vitest';
import { playingHandicapFor } from './playing-handicap';

describe('playingHandicapFor', () => {
  it('applies the Appendix C allowance of each round format', () => {
    expect(playingHandicapFor('stroke_play', 21)).toBe(20); // 95%: 19.95
    expect(playingHandicapFor('stableford', 21)).toBe(20); // 95%
    expect(playingHandicapFor('match_play', 21)).toBe(21); // 100%
    expect(playingHandicapFor('stroke_play', 10)).toBe(10); // 9.5 rounds up
    expect(playingHandicapFor('stroke_play', 12)).toBe(11); // 11.4
  });
  it('rounds a plus handicap the same way, and has nothing without a Course Handicap', () => {
    expect(playingHandicapFor('stroke_play', -3)).toBe(-3); // -2.85
    expect(playingHandicapFor('stableford', -1)).toBe(-1); // -0.95
    expect(playingHandicapFor('match_play', null)).toBeNull();
  });
});
