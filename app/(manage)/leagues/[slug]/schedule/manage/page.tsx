import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportUploader } from '@/components/imports/import-uploader';
import { AddGameForm } from '@/components/schedule/add-game-form';
import { UpcomingGames } from '@/components/schedule/upcoming-games';
import { MAX_UPLOAD_MB } from '@/lib/api/contracts/imports';
import { requireUser } from '@/lib/auth/session';
import { leagueUpcoming } from '@/lib/basketball/schedule/api';
import { leagueTeams } from '@/lib/basketball/schedule/write';
import { getDb } from '@/lib/db';
import { findLeague, managesLeague } from '@/lib/leagues/queries';

export const metadata: Metadata = { title: 'Manage schedule' };

type Props = { params: Promise<{ slug: string }> };

export default async function ManageSchedulePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/leagues/${slug}/schedule/manage`);
  const db = await getDb();
  const league = await findLeague(db, decodeURIComponent(slug));
  // Only those who run the league: for anyone else the page does not exist.
  if (league?.sport !== 'basketball') notFound();
  if (user.role !== 'admin' && !(await managesLeague(db, user.id, league.id))) notFound();
  const teams = [...(await leagueTeams(db, league.id)).byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  const games = await leagueUpcoming(db, league);
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">{league.name}: schedule</h1>
        <Link href={`/leagues/${league.slug}/schedule`} className="text-sm text-brand-600 hover:underline dark:text-brand-500">
          Public schedule
        </Link>
      </div>
      <section className="space-y-2" aria-labelledby="add-game">
        <h2 id="add-game" className="text-lg font-semibold">
          Add a game
        </h2>
        <AddGameForm leagueId={league.id} teams={teams} />
      </section>
      <section className="space-y-2" aria-labelledby="import-schedule">
        <h2 id="import-schedule" className="text-lg font-semibold">
          Import a schedule
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          A CSV with the columns <code>date,time,home,visitor,venue</code> (teams by name or abbreviation; times in your time zone
          unless a <code>time_zone</code> column says otherwise). Rows that do not fit are listed with the reason; importing the
          same file again changes nothing.
        </p>
        <ImportUploader maxMb={MAX_UPLOAD_MB} endpoint={`/api/v1/leagues/${league.id}/schedule/imports`} csvOnly />
      </section>
      <section className="space-y-2" aria-labelledby="upcoming">
        <h2 id="upcoming" className="text-lg font-semibold">
          Upcoming
        </h2>
        <UpcomingGames games={games} manageLeagueId={league.id} />
      </section>
    </div>
  );
}
