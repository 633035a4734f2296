// The question before a round is finished: the finish closes every player's card, so a hole missing
// on anyone's card — not just the one on screen — is worth a second look, and the question says whose.
import type { PlayerCells } from './card';

export interface UnscoredHoles {
  name: string;
  holes: number[];
}

/** Per player, in the group's order, the holes with no score; players with a full card are left out. */
export function unscoredHoles(
  holes: number,
  players: readonly { position: number; name: string }[],
  cells: ReadonlyMap<number, PlayerCells>,
): UnscoredHoles[] {
  return players.flatMap((p) => {
    const card = cells.get(p.position);
    const missing = Array.from({ length: holes }, (_, i) => i + 1).filter((h) => !card?.has(h));
    return missing.length ? [{ name: p.name, holes: missing }] : [];
  });
}

/** "1–9, 12": runs of three or more holes read as a range. */
export function holeList(holes: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < holes.length) {
    let j = i;
    while (j + 1 < holes.length && holes[j + 1] === (holes[j] ?? 0) + 1) j++;
    if (j - i >= 2) parts.push(`${holes[i]}–${holes[j]}`);
    else parts.push(...holes.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return parts.join(', ');
}

/** The confirm() text, or null when every card is complete. A lone golfer's card needs no name. */
export function finishQuestion(unscored: readonly UnscoredHoles[], group: boolean): string | null {
  const [only] = unscored;
  if (!only) return null;
  if (!group) {
    const n = only.holes.length;
    return `${n} hole${n === 1 ? ' has' : 's have'} no score (${holeList(only.holes)}). Finish anyway?`;
  }
  return `Holes with no score — ${unscored.map((u) => `${u.name}: ${holeList(u.holes)}`).join('; ')}. Finish anyway?`;
}
