import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { SubscribeLink } from '@/components/schedule/subscribe-link';
import { UpcomingGames } from '@/components/schedule/upcoming-games';
import { pageReader } from '@/lib/basketball/page-league';
import { leagueUpcoming } from '@/lib/basketball/schedule/api';
import { subscribePath } from '@/lib/basketball/schedule/feed-token';
import { getDb } from '@/lib/db';
import { findLeague, managesLeague, mayView } from '@/lib/leagues/queries';

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const db = await getDb();
  const league = await findLeague(db, decodeURIComponent(slug));
  if (league?.sport !== 'basketball' || !(await mayView(db, league, await pageReader()))) return null;
  return league;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const league = await load((await params).slug);
  return { title: league ? `${league.name} schedule` : 'Schedule' };
}

export default async function LeagueSchedulePage({ params }: Props) {
  await connection();
  const league = await load((await params).slug);
  if (!league) notFound();
  const db = await getDb();
  const reader = await pageReader();
  const manages = reader ? reader.role === 'admin' || (await managesLeague(db, reader.id, league.id)) : false;
  const games = await leagueUpcoming(db, league);
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{league.name} schedule</h1>
        <nav aria-label="Schedule" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/leagues/${league.slug}`} className="text-brand-600 hover:underline dark:text-brand-500">
            League
          </Link>
          <SubscribeLink path={subscribePath(`/api/v1/leagues/${league.slug}/calendar.ics`, league, reader)} />
          {manages ? (
            <Link href={`/leagues/${league.slug}/schedule/manage`} className="text-brand-600 hover:underline dark:text-brand-500">
              Manage schedule
            </Link>
          ) : null}
        </nav>
      </header>
      <section className="space-y-2" aria-labelledby="upcoming">
        <h2 id="upcoming" className="text-lg font-semibold">
          Upcoming
        </h2>
        <UpcomingGames games={games} />
      </section>
    </div>
  );
}
