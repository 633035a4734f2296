import { describe, expect, it } from 'vitest';
import { notPostedText } from './posting-note';

describe('notPostedText', () => {
  it("shows the server's note once, with one prefix and one full stop", () => {
    const note = "Not posted for handicap: the Red tee of Statline Links has no published women's course rating and slope.";
    expect(notPostedText(note)).toBe(note);
    expect(notPostedText('Not posted for handicap: no holes were scored.')).toBe(
      'Not posted for handicap: no holes were scored.',
    );
  });

  it('adds the prefix and the full stop to a bare reason, and reads a missing note as the prefix alone', () => {
    expect(notPostedText('the card has 12 holes')).toBe('Not posted for handicap: the card has 12 holes.');
    expect(notPostedText(null)).toBe('Not posted for handicap.');
    expect(notPostedText('  ')).toBe('Not posted for handicap.');
  });

  it('collapses a doubled prefix and doubled full stops', () => {
    expect(notPostedText('Not posted for handicap: Not posted for handicap: 12 holes were played..')).toBe(
      'Not posted for handicap: 12 holes were played.',
    );
    expect(notPostedText('Not posted for handicap.')).toBe('Not posted for handicap.');
  });
});
