// Whether a game's result and lines count for one of its teams (see confirmation.ts).
export type Confirmation = 'pending' | 'accepted' | 'declined';

/** Pending and declined games count only for the team that scheduled them. */
export const countsFor = (game: { confirmTeamId: number | null; confirmation: Confirmation | null }, teamId: number) =>
  game.confirmTeamId !== teamId || game.confirmation === 'accepted';
