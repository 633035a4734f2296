// Milestones a finished round can earn, judged on the card as it was finished against the golfer's
// rounds finished before it. Pure and order-defined, so a replay finds exactly the same ones.

export const achievementKinds = [
  'personal_best',
  'course_personal_best',
  'first_birdie',
  'first_eagle',
  'broke_100',
  'broke_90',
  'broke_80',
] as const;
export type AchievementKind = (typeof achievementKinds)[number];

export interface FinishedCard {
  round_id: string;
  course_id: number;
  course_name: string;
  date: string;
  finished_position: number;
  card_holes: number;
  holes_played: number;
  gross: number | null;
  birdies: number;
  eagles: number;
}

export interface Achievement {
  kind: AchievementKind;
  round_id: string;
  course_id: number;
  course_name: string;
  date: string;
  gross: number | null;
  /** The record it beat (previous best gross), where there was one. */
  previous: number | null;
}

const full18 = (c: FinishedCard) => c.card_holes === 18 && c.holes_played === 18 && c.gross !== null;
const complete = (c: FinishedCard) => c.holes_played === c.card_holes && c.gross !== null;
const lowest = (cards: readonly FinishedCard[]) => (cards.length ? Math.min(...cards.map((c) => c.gross as number)) : null);

/**
 * A personal best needs an earlier round to beat (the first round is a baseline, not a milestone);
 * "breaking 90" is the first complete 18 under 90, and each threshold is earned once.
 */
export function achievementsFor(card: FinishedCard, history: readonly FinishedCard[]): Achievement[] {
  const prior = history.filter((c) => c.finished_position < card.finished_position && c.round_id !== card.round_id);
  const earned: AchievementKind[] = [];
  const previous: Partial<Record<AchievementKind, number | null>> = {};
  if (full18(card)) {
    const best = lowest(prior.filter(full18));
    if (best !== null && (card.gross as number) < best) {
      earned.push('personal_best');
      previous.personal_best = best;
    }
    for (const [kind, threshold] of [
      ['broke_100', 100],
      ['broke_90', 90],
      ['broke_80', 80],
    ] as const) {
      if ((card.gross as number) < threshold && !prior.some((c) => full18(c) && (c.gross as number) < threshold))
        earned.push(kind);
    }
  }
  if (complete(card)) {
    const best = lowest(prior.filter((c) => c.course_id === card.course_id && complete(c) && c.card_holes === card.card_holes));
    if (best !== null && (card.gross as number) < best) {
      earned.push('course_personal_best');
      previous.course_personal_best = best;
    }
  }
  if (card.birdies > 0 && !prior.some((c) => c.birdies > 0)) earned.push('first_birdie');
  if (card.eagles > 0 && !prior.some((c) => c.eagles > 0)) earned.push('first_eagle');
  return earned.map((kind) => ({
    kind,
    round_id: card.round_id,
    course_id: card.course_id,
    course_name: card.course_name,
    date: card.date,
    gross: card.gross,
    previous: previous[kind] ?? null,
  }));
}
