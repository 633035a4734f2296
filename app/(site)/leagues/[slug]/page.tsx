import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { StandingsTable } from '@/components/basketball/standings-table';
import { FollowControl } from '@/components/notify/follow-control';
import { SubscribeLink } from '@/components/schedule/subscribe-link';
import { getLeaguePage } from '@/lib/basketball/league-page';
import { pageReader } from '@/lib/basketball/page-league';
import { subscribePath } from '@/lib/basketball/schedule/feed-token';
import { getDb } from '@/lib/db';
import { findLeague, mayView } from '@/lib/leagues/queries';
import { seasonLabel } from '@/lib/leagues/seasons';

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const db = await getDb();
  const league = await findLeague(db, decodeURIComponent(slug));
  if (!league || !(await mayView(db, league, await pageReader()))) return null;
  return league;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const league = await load((await params).slug);
  return { title: league ? league.name : 'League' };
}

export default async function LeaguePage({ params }: Props) {
  await connection();
  const league = await load((await params).slug);
  if (!league) notFound();
  const page = league.sport === 'basketball' ? await getLeaguePage(league) : null;
  const q = `league=${league.slug}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight" data-testid="league-name">
          {league.name}
        </h1>
        {league.sport === 'basketball' ? <FollowControl kind="league" targetId={league.id} label={league.name} /> : null}
        <nav aria-label="League" className="flex flex-wrap gap-x-4 gap-y-2 text-sm *:inline-flex *:min-h-10 *:items-center">
          {league.sport === 'basketball' ? (
            <>
              <Link href={`/basketball?${q}`} className="text-brand-600 hover:underline dark:text-brand-500">
                Standings
              </Link>
              <Link href={`/basketball/leaders?${q}`} className="text-brand-600 hover:underline dark:text-brand-500">
                Leaders
              </Link>
              <Link href={`/leagues/${league.slug}/schedule`} className="text-brand-600 hover:underline dark:text-brand-500">
                Schedule
              </Link>
              <SubscribeLink path={subscribePath(`/api/v1/leagues/${league.slug}/calendar.ics`, league, await pageReader())} />
            </>
          ) : null}
        </nav>
      </header>
      {page ? (
        <>
          <section className="space-y-2" aria-labelledby="league-teams">
            <h2 id="league-teams" className="text-lg font-semibold">
              Teams
            </h2>
            {page.teams.length ? (
              <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="league-teams">
                {page.teams.map((t) => (
                  <li key={t.id}>
                    <Link href={`/basketball/teams/${t.id}`} className="hover:underline">
                      {t.name}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">No teams yet.</p>
            )}
          </section>
          {page.season ? (
            <section className="space-y-2" aria-labelledby="league-standings">
              <h2 id="league-standings" className="text-lg font-semibold">
                {seasonLabel(page.season, league.seasonFormat)} standings
              </h2>
              <StandingsTable standings={page.standings} season={page.season} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
