import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { DataTable } from '@/components/ui/data-table';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { eventView, listEvents } from '@/lib/golf/events/read';
import { visibleLeagueIds } from '@/lib/leagues/queries';

export const metadata: Metadata = { title: 'Golf events' };

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ league?: string }> }) {
  await connection();
  const user = await getCurrentUser().catch(() => null);
  const db = await getDb();
  const league = Number((await searchParams).league) || undefined;
  const visible = await visibleLeagueIds(db, user ? { id: user.id, role: user.role } : null);
  const events = (await listEvents(db, { leagueId: league, limit: 50, visibleLeagueIds: visible })).map(eventView);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <div className="flex items-center justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight">Events</h1>
          {user && can(user.role, 'golf-event:create') ? (
            <Link href="/golf/events/new" className="text-sm font-medium text-brand-600 hover:underline dark:text-brand-500">
              Organise an event
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Medals, club championships and opens: open one for its live leaderboard.
        </p>
      </header>
      {events.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No events yet.</p>
      ) : (
        <DataTable testId="golf-events" headings={['Event', 'Starts', 'Rounds', 'Format']}>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="px-3 py-2">
                <Link href={`/golf/events/${e.id}`} className="font-medium hover:underline">
                  {e.name}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{e.start_date}</td>
              <td className="px-3 py-2">
                {e.rounds}
                {e.cut ? ` (cut after ${e.cut.after_round})` : ''}
              </td>
              <td className="px-3 py-2">{e.format.replace('_', ' ')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
