// Human-readable lists of hole numbers for error messages: "7, 12" or "2-4, 9".

/** Joins hole numbers, collapsing runs of three or more into a range ("1-18"). */
export function formatHoleList(holes: readonly number[]): string {
  const sorted = [...new Set(holes)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    const from = sorted[i] as number;
    const to = sorted[j] as number;
    if (j - i >= 2) parts.push(`${from}-${to}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "hole 7" or "holes 7, 12". */
export function holesPhrase(holes: readonly number[]): string {
  return `${holes.length === 1 ? 'hole' : 'holes'} ${formatHoleList(holes)}`;
}
