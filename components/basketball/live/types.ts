// The plain data the live-game screens are given by their pages.
import type { Side } from '@/lib/basketball/live/state';

export interface RosterPlayer {
  id: number;
  name: string;
  jersey: number | null;
}

export interface GameTeam {
  teamId: number;
  side: Side;
  abbreviation: string;
  name: string;
  players: RosterPlayer[];
}

export const jerseyLabel = (p: RosterPlayer) => (p.jersey === null ? '–' : `#${p.jersey}`);
export const byJersey = (a: RosterPlayer, b: RosterPlayer) => (a.jersey ?? 1000) - (b.jersey ?? 1000) || a.id - b.id;
