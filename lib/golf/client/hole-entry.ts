// One player's hole as the scorecard edits it, and the taps that change it. Every step keeps the
// hole valid for the API (putts and penalties are part of the strokes; no fairway on a par 3), so
// a tap never queues a write the server would refuse.

export const fairways = ['hit', 'left', 'right', 'n/a'] as const;
export type Fairway = (typeof fairways)[number];

export interface HoleEntry {
  strokes: number;
  putts: number | null;
  fairway: Fairway | null;
  penalties: number | null;
  sand: boolean | null;
}

export const LIMITS = { strokes: 30, putts: 10, penalties: 10 } as const;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Fewer strokes squeeze putts first, then penalties, so the hole still adds up. */
function consistent(e: HoleEntry): HoleEntry {
  const penalties = e.penalties === null ? null : Math.min(e.penalties, e.strokes);
  const putts = e.putts === null ? null : Math.min(e.putts, e.strokes - (penalties ?? 0));
  return { ...e, putts, penalties };
}

/** The hole with `strokes`, starting a new one (a par 3 has no fairway to hit) when there is none yet. */
export function withStrokes(entry: HoleEntry | null, par: number, strokes: number): HoleEntry {
  const base = entry ?? { strokes, putts: null, fairway: par === 3 ? 'n/a' : null, penalties: null, sand: null };
  return consistent({ ...base, strokes: clamp(strokes, 1, LIMITS.strokes) });
}

/** + / − on strokes; an empty hole starts from par, which is what the button next to it shows. */
export const stepStrokes = (entry: HoleEntry | null, par: number, delta: number): HoleEntry =>
  withStrokes(entry, par, (entry?.strokes ?? par) + delta);

/** + / − on putts; an empty count starts at 0 on − and 1 on +. */
export function stepPutts(entry: HoleEntry, delta: number): HoleEntry {
  const max = Math.min(LIMITS.putts, entry.strokes - (entry.penalties ?? 0));
  const next = entry.putts === null ? (delta > 0 ? 1 : 0) : entry.putts + delta;
  return { ...entry, putts: clamp(next, 0, max) };
}

export function stepPenalties(entry: HoleEntry, delta: number): HoleEntry {
  const max = Math.min(LIMITS.penalties, entry.strokes - (entry.putts ?? 0));
  return { ...entry, penalties: clamp((entry.penalties ?? 0) + delta, 0, max) };
}

/** Tapping the chosen fairway again clears it; a par 3 stays n/a. */
export function withFairway(entry: HoleEntry, par: number, fairway: Exclude<Fairway, 'n/a'>): HoleEntry {
  if (par === 3) return { ...entry, fairway: 'n/a' };
  return { ...entry, fairway: entry.fairway === fairway ? null : fairway };
}

export const toggleSand = (entry: HoleEntry): HoleEntry => ({ ...entry, sand: !entry.sand });

export const sameEntry = (a: HoleEntry | null | undefined, b: HoleEntry | null | undefined): boolean =>
  (!a && !b) ||
  (!!a &&
    !!b &&
    a.strokes === b.strokes &&
    a.putts === b.putts &&
    a.fairway === b.fairway &&
    (a.penalties ?? 0) === (b.penalties ?? 0) &&
    !!a.sand === !!b.sand);
