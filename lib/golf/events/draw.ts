// The organiser's shortcuts for a field: entrants pasted one a line ("name, index") and a draw of
// the field into groups of 3-4 with tee times at an interval. Pure: the page sends the results
// through the entries and groups endpoints, which validate them again.

export interface PastedEntrant {
  name: string;
  handicap_index: number | null;
}

/** One entrant a line: a name, then optionally a Handicap Index ("+1.2" is a plus handicap). */
export function parseEntrantLines(text: string): { entrants: PastedEntrant[]; errors: string[] } {
  const entrants: PastedEntrant[] = [];
  const errors: string[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(.*?)[\s,;\t]+(\+?-?\d{1,2}(?:[.,]\d)?)$/.exec(line);
    const name = (m ? m[1] : line)?.trim().replace(/[,;]$/, '') ?? '';
    const index = m?.[2] ? Number(m[2].replace(',', '.').replace('+', '-')) : null;
    if (!name) errors.push(`line ${i + 1}: a name is required`);
    else if (name.length > 60) errors.push(`line ${i + 1}: the name is over 60 characters`);
    else if (index !== null && (index < -10 || index > 54)) errors.push(`line ${i + 1}: an index is between +10 and 54`);
    else entrants.push({ name, handicap_index: index });
  }
  return { entrants, errors };
}

export interface DrawnGroup {
  entry_ids: number[];
  tee_time: string;
}

/**
 * Groups in the order given, `size` a group, the remainder spread so no group is more than one
 * short (10 in fours: 4, 3, 3), each off `intervalMinutes` after the one before.
 */
export function drawGroups(
  entryIds: number[],
  opts: { size: 3 | 4; firstTeeTime: string; intervalMinutes: number },
): DrawnGroup[] {
  if (entryIds.length === 0) return [];
  const count = Math.ceil(entryIds.length / opts.size);
  const base = Math.floor(entryIds.length / count);
  const bigger = entryIds.length % count;
  const start = Date.parse(opts.firstTeeTime);
  const groups: DrawnGroup[] = [];
  let at = 0;
  for (let g = 0; g < count; g++) {
    const n = base + (g < bigger ? 1 : 0);
    groups.push({
      entry_ids: entryIds.slice(at, at + n),
      tee_time: new Date(start + g * opts.intervalMinutes * 60_000).toISOString(),
    });
    at += n;
  }
  return groups;
}
