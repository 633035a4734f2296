import Link from 'next/link';
import { connection } from 'next/server';
import { LatestResults } from '@/components/basketball/latest-results';
import { StandingsTable } from '@/components/basketball/standings-table';
import { SportCards } from '@/components/site/sport-cards';
import { getHomeData } from '@/lib/basketball/home-data';

export default async function HomePage() {
  await connection();
  const { latest, season, standings } = await getHomeData();
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
      <div className="grid gap-8 lg:grid-cols-5">
        <section className="lg:col-span-3" aria-labelledby="latest-results">
          <h2 id="latest-results" className="mb-3 text-lg font-semibold">
            Latest results {latest[0] ? <span className="text-sm font-normal text-zinc-500">· {latest[0].date}</span> : null}
          </h2>
          <LatestResults games={latest} />
        </section>
        <section className="lg:col-span-2" aria-labelledby="standings">
          <h2 id="standings" className="mb-3 text-lg font-semibold">
            {season ? `${season}-${String((season + 1) % 100).padStart(2, '0')} best records` : 'Standings'}
          </h2>
          <StandingsTable standings={standings.slice(0, 10)} />
          <Link href="/basketball" className="mt-2 inline-block text-sm text-brand-600 hover:underline dark:text-brand-500">
            All standings →
          </Link>
        </section>
      </div>
    </div>
  );
}
