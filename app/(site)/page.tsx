import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LatestResults } from '@/components/basketball/latest-results';
import { LeaguePicker } from '@/components/basketball/league-picker';
import { StandingsTable } from '@/components/basketball/standings-table';
import { SportCards } from '@/components/site/sport-cards';
import { getHomeData } from '@/lib/basketball/home-data';
import { pageLeague } from '@/lib/basketball/page-league';
import { seasonLabel } from '@/lib/basketball/seasons';

type Props = { searchParams: Promise<{ league?: string }> };

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const scope = await pageLeague((await searchParams).league);
  if (!scope) notFound();
  const { league, leagues, keep } = scope;
  const { latest, season, standings } = await getHomeData(league.id);
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Every stat line, one place.</h1>
        <p className="max-w-2xl text-zinc-600 dark:text-zinc-400">
          Statline keeps box scores, live games and golf rounds — and turns them into standings, leaders and handicaps.
          Self-hosted, with a public JSON API.
        </p>
      </section>
      <SportCards />
      <LeaguePicker leagues={leagues} current={league.id} base="/" />
      <div className="grid gap-8 lg:grid-cols-5">
        <section className="lg:col-span-3" aria-labelledby="latest-results">
          <h2 id="latest-results" className="mb-3 text-lg font-semibold">
            Latest results {latest[0] ? <span className="text-sm font-normal text-zinc-500">· {latest[0].date}</span> : null}
          </h2>
          <LatestResults games={latest} />
        </section>
        <section className="lg:col-span-2" aria-labelledby="standings">
          <h2 id="standings" className="mb-3 text-lg font-semibold">
            {league.name} {season ? `${seasonLabel(season)} best records` : 'standings'}
          </h2>
          <StandingsTable standings={standings.slice(0, 10)} />
          <Link
            href={`/basketball${keep.league ? `?league=${keep.league}` : ''}`}
            className="mt-2 inline-block text-sm text-brand-600 hover:underline dark:text-brand-500"
          >
            All standings →
          </Link>
        </section>
      </div>
    </div>
  );
}
