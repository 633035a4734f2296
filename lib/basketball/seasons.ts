import { finalSeasons } from '@/lib/leagues/view';

export { seasonLabel } from '@/lib/leagues/seasons';

/** A league's seasons with final games, newest first. */
export const listSeasons = finalSeasons;

/** A season from a query string if it is one we have, else the newest. */
export function pickSeason(asked: string | undefined, seasons: number[]): number | null {
  const n = Number(asked);
  return seasons.includes(n) ? n : (seasons[0] ?? null);
}
