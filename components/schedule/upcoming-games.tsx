// Upcoming games (scheduled, not yet scored): date, start time in the reader's zone, the matchup and the venue.
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import type { ScheduleGame } from '@/lib/basketball/schedule/queries';
import { LocalTime } from './local-time';

const dayFormat = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function UpcomingGames({ games, testId = 'upcoming-games' }: { games: ScheduleGame[]; testId?: string }) {
  if (games.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No games scheduled.</p>;
  return (
    <DataTable headings={['Date', 'Time', 'Game', 'Venue']} testId={testId} label="Upcoming games">
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
        </tr>
      ))}
    </DataTable>
  );
}
