import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { PillLinks } from '@/components/ui/pills';
import { SortableTable } from '@/components/ui/sortable-table';
import { getDb } from '@/lib/db';
import { footballHome } from '@/lib/football/page-data';

export const metadata: Metadata = { title: 'Football' };

const weekLabel = (type: string, week: number) =>
  type === 'post' ? `Postseason · week ${week}` : type === 'pre' ? `Preseason · week ${week}` : `Week ${week}`;

export default async function FootballPage({ searchParams }: { searchParams: Promise<{ season?: string }> }) {
  await connection();
  const { season } = await searchParams;
  const home = await footballHome(await getDb(), season ? Number(season) : undefined);
  if (!home || home.season === null) {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Football</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          No football games yet: import some with `npm run import -- football &lt;files&gt;`.
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight">
          {home.league.name} {home.season}
        </h1>
        <PillLinks
          label="Season"
          links={home.seasons.map((s) => ({ href: `/football?season=${s}`, label: String(s), current: s === home.season }))}
        />
      </header>
      {home.standings.length > 0 ? (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Standings</h2>
          <SortableTable
            testId="football-standings"
            label="Standings"
            columns={[
              { key: 'team', label: 'Team', format: 'text' },
              { key: 'w', label: 'W', format: 'int' },
              { key: 'l', label: 'L', format: 'int' },
              { key: 't', label: 'T', format: 'int' },
              { key: 'pf', label: 'PF', format: 'int' },
              { key: 'pa', label: 'PA', format: 'int' },
              { key: 'diff', label: 'Diff', format: 'signed' },
            ]}
            rows={home.standings.map((r) => ({ team: r.name, w: r.w, l: r.l, t: r.t, pf: r.pf, pa: r.pa, diff: r.pf - r.pa }))}
          />
        </section>
      ) : null}
      {home.weeks.map((w) => (
        <section key={`${w.seasonType}-${w.week}`} className="space-y-2" data-testid="football-week">
          <h2 className="text-lg font-semibold">{weekLabel(w.seasonType, w.week)}</h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {w.games.map((g) => (
              <li key={g.id}>
                <Link
                  href={`/football/games/${g.id}`}
                  className="flex min-h-12 items-center justify-between gap-3 rounded-lg border border-zinc-200 px-3 py-2 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900"
                >
                  <span>
                    {g.visitor_team.abbreviation} @ {g.home_team.abbreviation}
                  </span>
                  <span className="tabular-nums">
                    {g.visitor_team_score ?? '–'}–{g.home_team_score ?? '–'}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
