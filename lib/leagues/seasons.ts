// A season is stored as its start year. A split-year league names it "2024-25" and a game in
// August or later starts the next one; a calendar-year league names it "2025".
export type SeasonFormat = 'split' | 'calendar';

export function seasonLabel(season: number, format: SeasonFormat = 'split'): string {
  return format === 'calendar' ? String(season) : `${season}-${String((season + 1) % 100).padStart(2, '0')}`;
}

/** The season a game on this ISO date belongs to. */
export function seasonOfDate(isoDate: string, format: SeasonFormat = 'split'): number {
  const year = Number(isoDate.slice(0, 4));
  if (format === 'calendar') return year;
  return Number(isoDate.slice(5, 7)) >= 8 ? year : year - 1;
}
