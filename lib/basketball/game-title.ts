// How a game is named where people share it: tab titles, link previews, headings.

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Jan 3, 2025" for a calendar date ("2025-01-03"), whatever the server's zone. */
export const gameDateLabel = (date: string) => dateFormat.format(new Date(`${date}T00:00:00Z`));

interface GameForTitle {
  date: string;
  venueKnown: boolean;
  homeScore: number | null;
  awayScore: number | null;
  home: { abbreviation: string };
  away: { abbreviation: string };
}

/** "BOS 112–104 NYK · Jan 3, 2025" once scored (visitor first), else "BOS @ NYK · Jan 3, 2025". */
export function gameTitle(g: GameForTitle): string {
  const scored = g.homeScore !== null && g.awayScore !== null;
  const middle = scored ? ` ${g.awayScore}–${g.homeScore} ` : g.venueKnown ? ' @ ' : ' vs ';
  return `${g.away.abbreviation}${middle}${g.home.abbreviation} · ${gameDateLabel(g.date)}`;
}
