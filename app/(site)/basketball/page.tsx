import type { Metadata } from 'next';
import { connection } from 'next/server';
import { StandingsTable } from '@/components/basketball/standings-table';
import { getStandings } from '@/lib/basketball/home-data';

export const metadata: Metadata = { title: 'Basketball' };

export default async function BasketballPage() {
  await connection();
  const { season, records } = await getStandings();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Basketball</h1>
      <h2 className="text-lg font-semibold">
        {season ? `${season}-${String((season + 1) % 100).padStart(2, '0')} regular season` : 'Standings'}
      </h2>
      <StandingsTable records={records} />
    </div>
  );
}
