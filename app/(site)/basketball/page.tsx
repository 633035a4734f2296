import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { LeaguePicker } from '@/components/basketball/league-picker';
import { SeasonPicker } from '@/components/basketball/season-picker';
import { StandingsTable } from '@/components/basketball/standings-table';
import { getSeasonStandings } from '@/lib/basketball/home-data';
import { pageLeague } from '@/lib/basketball/page-league';
import { listSeasons, seasonLabel } from '@/lib/basketball/seasons';
import { getDb } from '@/lib/db';

type Props = { searchParams: Promise<{ season?: string; league?: string }> };

const askedSeason = (raw: string | undefined) => {
  const n = Number(raw);
  return Number.isInteger(n) && n > 1900 ? n : undefined;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await searchParams;
  const scope = await pageLeague(q.league);
  if (!scope) return { title: 'No such league · Basketball' };
  const { season } = await getSeasonStandings(scope.league.id, askedSeason(q.season));
  return { title: `${scope.league.name} standings${season ? ` ${seasonLabel(season)}` : ''} · Basketball` };
}

export default async function BasketballPage({ searchParams }: Props) {
  await connection();
  const q = await searchParams;
  const scope = await pageLeague(q.league);
  if (!scope) notFound();
  const { league, leagues, keep } = scope;
  const asked = askedSeason(q.season);
  const [{ season, standings }, seasons] = await Promise.all([
    getSeasonStandings(league.id, asked),
    listSeasons(await getDb(), league.id),
  ]);
  const conferences = [...new Set(standings.map((s) => s.conference))];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight">
          {league.name} standings {season ? `· ${seasonLabel(season)}` : ''}
        </h1>
      </div>
      <LeaguePicker leagues={leagues} current={league.id} base="/basketball" />
      {season ? <SeasonPicker seasons={seasons} current={season} base="/basketball" extra={keep} /> : null}
      {standings.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="standings-empty">
          No final games in {league.name} yet.
        </p>
      ) : conferences.length > 1 ? (
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
