// Expected points added and win probability added, by nflscrapR's conventions: a touchdown is worth
// 7 (the try is valued on its own play), a field goal 3, a safety −2 to the offense, a try the points
// it scores; otherwise the next situation's value, negated when the ball changed hands (a turnover
// hands the other side its expected points), and nothing after the half ends.
import { type EpArtifact, expectedPoints, type WpArtifact, winProbability } from './model';
import type { PlaySituation } from './situation';

export type PlayOutcome =
  | { kind: 'touchdown'; by: 'offense' | 'defense' }
  | { kind: 'field_goal' }
  | { kind: 'safety' }
  /** A try's result: 0, 1 (a kick) or 2 (a conversion). */
  | { kind: 'try'; points: number }
  | { kind: 'end_of_half' }
  | { kind: 'next'; situation: PlaySituation; possessionChanged: boolean };

/** The value after the play, to the team that had the ball before it. */
export function expectedPointsAfter(model: EpArtifact, outcome: PlayOutcome): number {
  switch (outcome.kind) {
    case 'touchdown':
      return outcome.by === 'offense' ? 7 : -7;
    case 'field_goal':
      return 3;
    case 'safety':
      return -2;
    case 'try':
      return outcome.points;
    case 'end_of_half':
      return 0;
    case 'next': {
      const ep = expectedPoints(model, outcome.situation);
      return outcome.possessionChanged ? -ep : ep;
    }
  }
}

export function expectedPointsAdded(model: EpArtifact, before: PlaySituation, outcome: PlayOutcome): number {
  return expectedPointsAfter(model, outcome) - expectedPoints(model, before);
}

/** After a play: the next situation (a kickoff or a try after a score), or the game's end. */
export type WinOutcome =
  | { kind: 'next'; situation: PlaySituation; possessionChanged: boolean }
  | { kind: 'final'; result: 'won' | 'lost' | 'tied' };

export function winProbabilityAdded(model: WpArtifact, before: PlaySituation, after: WinOutcome): number {
  const wpBefore = winProbability(model, before);
  if (after.kind === 'final') return (after.result === 'won' ? 1 : after.result === 'tied' ? 0.5 : 0) - wpBefore;
  const wp = winProbability(model, after.situation);
  return (after.possessionChanged ? 1 - wp : wp) - wpBefore;
}
