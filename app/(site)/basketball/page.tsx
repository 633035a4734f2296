import type { Metadata } from 'next';
import { connection } from 'next/server';
import { SeasonPicker } from '@/components/basketball/season-picker';
import { StandingsTable } from '@/components/basketball/standings-table';
import { getSeasonStandings } from '@/lib/basketball/home-data';
import { listSeasons, seasonLabel } from '@/lib/basketball/seasons';
import { getDb } from '@/lib/db';

type Props = { searchParams: Promise<{ season?: string }> };

const askedSeason = (raw: string | undefined) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 1900 ? n : undefined;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { season } = await getSeasonStandings(askedSeason((await searchParams).season));
  return { title: `Standings${season ? ` ${seasonLabel(season)}` : ''} · Basketball` };
}

export default async function BasketballPage({ searchParams }: Props) {
  await connection();
  const asked = askedSeason((await searchParams).season);
  const [{ season, standings }, seasons] = await Promise.all([getSeasonStandings(asked), listSeasons(await getDb())]);
  const conferences = [...new Set(standings.map((s) => s.conference))];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Standings {season ? `· ${seasonLabel(season)}` : ''}</h1>
      </div>
      {season ? <SeasonPicker seasons={seasons} current={season} base="/basketball" /> : null}
      {conferences.length > 1 ? (
        conferences.map((c) => (
          <section key={c ?? 'none'} className="space-y-2">
            <h2 className="text-lg font-semibold">{c ? `${c}ern Conference` : 'Other teams'}</h2>
            <StandingsTable
              standings={standings.filter((s) => s.conference === c)}
              full
              conference
              season={season ?? undefined}
            />
          </section>
        ))
      ) : (
        <StandingsTable standings={standings} full season={season ?? undefined} />
      )}
    </div>
  );
}
