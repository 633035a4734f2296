import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { StandingsTable } from '@/components/basketball/standings-table';
import { getSeasonStandings } from '@/lib/basketball/home-data';

export const metadata: Metadata = { title: 'Basketball standings' };

const label = (s: number) => `${s}-${String((s + 1) % 100).padStart(2, '0')}`;

export default async function BasketballPage({ searchParams }: { searchParams: Promise<{ season?: string }> }) {
  await connection();
  const asked = Number((await searchParams).season);
  const { season, standings } = await getSeasonStandings(Number.isInteger(asked) && asked > 1900 ? asked : undefined);
  const conferences = [...new Set(standings.map((s) => s.conference))];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Basketball {season ? `· ${label(season)}` : ''}</h1>
        <nav className="flex gap-3 text-sm">
          <Link href="/basketball/leaders" className="text-brand-600 hover:underline dark:text-brand-500">
            Leaders
          </Link>
          <Link href="/basketball/search" className="text-brand-600 hover:underline dark:text-brand-500">
            Search
          </Link>
        </nav>
      </div>
      {conferences.length > 1 ? (
        conferences.map((c) => (
          <section key={c ?? 'none'} className="space-y-2">
            <h2 className="text-lg font-semibold">{c ? `${c}ern Conference` : 'Other teams'}</h2>
            <StandingsTable standings={standings.filter((s) => s.conference === c)} full conference />
          </section>
        ))
      ) : (
        <StandingsTable standings={standings} full />
      )}
    </div>
  );
}
