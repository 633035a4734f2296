// Upcoming games (scheduled, not yet scored): date, start time in the reader's zone, the matchup and the venue.
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import type { ScheduleGame } from '@/lib/basketball/schedule/queries';
import { ScheduledGameActions } from './game-actions';
import { LocalTime } from './local-time';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

type Props = {
  games: ScheduleGame[];
  testId?: string;
  /** The league's id when the reader runs it: each game can then be moved or cancelled. */
  manageLeagueId?: number;
};

export function UpcomingGames({ games, testId = 'upcoming-games', manageLeagueId }: Props) {
  if (games.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No games scheduled.</p>;
  const headings = ['Date', 'Time', 'Game', 'Venue', ...(manageLeagueId === undefined ? [] : ['Change'])];
  return (
    <DataTable headings={headings} testId={testId} label="Upcoming games">
      {games.map((g) => (
        <tr key={g.id}>
          <td className="whitespace-nowrap px-3 py-1.5">{dayFormat.format(new Date(`${g.date}T12:00:00Z`))}</td>
          <td className="whitespace-nowrap px-3 py-1.5">{g.startsAt ? <LocalTime iso={g.startsAt.toISOString()} /> : 'TBA'}</td>
          <td className="px-3 py-1.5">
            <Link href={`/basketball/teams/${g.visitor.id}`} className="hover:underline">
              {g.visitor.name}
            </Link>{' '}
            at{' '}
            <Link href={`/basketball/teams/${g.home.id}`} className="hover:underline">
              {g.home.name}
            </Link>
          </td>
          <td className="px-3 py-1.5">{g.venue ?? ''}</td>
          {manageLeagueId === undefined ? null : (
            <td className="px-3 py-1.5">
              <ScheduledGameActions
                leagueId={manageLeagueId}
                gameId={g.id}
                date={g.date}
                venue={g.venue}
                label={`${g.visitor.name} at ${g.home.name} on ${g.date}`}
              />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
