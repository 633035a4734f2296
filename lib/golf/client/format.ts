// How golf numbers read on a card: E for level par, a sign otherwise; percentages without decimals.

export function formatToPar(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  if (n === 0) return 'E';
  return n > 0 ? `+${n}` : String(n);
}

export function formatPct(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '–' : `${Math.round(fraction * 100)}%`;
}

export const formatIndex = (index: number | null | undefined): string =>
  index === null || index === undefined ? '–' : index < 0 ? `+${Math.abs(index).toFixed(1)}` : index.toFixed(1);

/** Strokes of a hole relative to par, named as a scorecard marks it. */
export function scoreName(strokes: number, par: number): 'eagle' | 'birdie' | 'par' | 'bogey' | 'double' | 'worse' {
  const d = strokes - par;
  if (d <= -2) return 'eagle';
  if (d === -1) return 'birdie';
  if (d === 0) return 'par';
  if (d === 1) return 'bogey';
  return d === 2 ? 'double' : 'worse';
}
