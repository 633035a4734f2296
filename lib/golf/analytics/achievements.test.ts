import { describe, expect, it } from 'vitest';
import { achievementsFor, type FinishedCard } from './achievements';

let n = 0;
const card = (gross: number | null, extra: Partial<FinishedCard> = {}): FinishedCard => {
  n++;
  return {
    round_id: `r${n}`,
    course_id: 1,
    course_name: 'Links',
    date: `2026-01-${String(n).padStart(2, '0')}`,
    finished_position: n * 10,
    card_holes: 18,
    holes_played: 18,
    gross,
    birdies: 0,
    eagles: 0,
    ...extra,
  };
};
const kinds = (c: FinishedCard, history: FinishedCard[]) => achievementsFor(c, [...history, c]).map((a) => a.kind);

describe('achievements of a finished round', () => {
  it('a first round is a baseline: it breaks 100 but is no personal best', () => {
    expect(kinds(card(95), [])).toEqual(['broke_100']);
  });

  it('a lower complete 18 is a personal best and a course best, with the record it beat', () => {
    const first = card(95);
    const second = card(91, { course_id: 1 });
    expect(achievementsFor(second, [first, second])).toEqual([
      expect.objectContaining({ kind: 'personal_best', previous: 95, gross: 91 }),
      expect.objectContaining({ kind: 'course_personal_best', previous: 95 }),
    ]);
  });

  it('each threshold is earned once, the first time under it; a first round under 80 earns all three', () => {
    expect(kinds(card(79), [])).toEqual(['broke_100', 'broke_90', 'broke_80']);
    const history = [card(85)];
    expect(kinds(card(88), history)).toEqual([]);
  });

  it('a best on another course is a personal best but not that course’s best until it has one to beat', () => {
    const home = card(90);
    expect(kinds(card(88, { course_id: 2 }), [home])).toEqual(['personal_best', 'broke_90']);
  });

  it('first birdie and first eagle come once, judged only on earlier rounds', () => {
    const before = card(99, { birdies: 0 });
    const withBirdie = card(101, { birdies: 2 });
    expect(kinds(withBirdie, [before])).toEqual(['first_birdie']);
    expect(kinds(card(101, { birdies: 1, eagles: 1 }), [before, withBirdie])).toEqual(['first_eagle']);
  });

  it('incomplete rounds earn no scoring milestones, and a later round is not "before" an earlier one', () => {
    expect(kinds(card(60, { holes_played: 12 }), [card(95)])).toEqual([]);
    const later = card(70);
    const earlier = { ...card(80), finished_position: 1 };
    expect(achievementsFor(earlier, [earlier, later]).map((a) => a.kind)).toEqual(['broke_100', 'broke_90']);
  });
});
